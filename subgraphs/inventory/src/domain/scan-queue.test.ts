import { describe, expect, it } from 'vitest';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { createInProcessScanQueue, type ScanJob } from './scan-queue';

const job = (n: number): ScanJob => ({ orgId: 'org', scanId: `scan-${n}` });

describe('in-process scan queue', () => {
  it('delivers jobs enqueued before start, with bounded concurrency', async () => {
    const queue = createInProcessScanQueue({ logger: silentLogger, concurrency: 2 });
    for (const n of [1, 2, 3, 4]) await queue.enqueue(job(n));
    let inFlight = 0;
    let peak = 0;
    const done: string[] = [];
    await queue.start(async (j) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      done.push(j.scanId);
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(done.sort()).toEqual(['scan-1', 'scan-2', 'scan-3', 'scan-4']);
    expect(peak).toBe(2);
  });

  it('survives a failing handler and waits for running jobs on stop', async () => {
    const queue = createInProcessScanQueue({ logger: silentLogger, concurrency: 1 });
    const done: string[] = [];
    await queue.start(async (j) => {
      if (j.scanId === 'scan-1') throw new Error('boom');
      await new Promise((r) => setTimeout(r, 20));
      done.push(j.scanId);
    });
    await queue.enqueue(job(1));
    await queue.enqueue(job(2));
    await new Promise((r) => setTimeout(r, 5));
    await queue.stop();
    expect(done).toEqual(['scan-2']);
  });
});

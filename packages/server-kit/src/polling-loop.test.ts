import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from './logger';
import { createPollingLoop } from './polling-loop';

const logger = createLogger({ level: 'silent' });

describe('createPollingLoop', () => {
  it('runs nothing before start, one round on start, and one more round when woken during a round', async () => {
    let rounds = 0;
    let release: () => void = () => {};
    const loop = createPollingLoop({
      round: () => {
        rounds += 1;
        return rounds === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      pollIntervalMs: 60_000,
      logger,
      failureMessage: 'round failed',
    });
    await loop.wake();
    expect(rounds).toBe(0);
    loop.start();
    const during = loop.wake();
    void loop.wake();
    release();
    await during;
    expect(rounds).toBe(2);
    await loop.stop();
    expect(loop.stopped).toBe(true);
  });

  it('survives a failed round and keeps polling until stopped', async () => {
    let rounds = 0;
    const loop = createPollingLoop({
      round: async () => {
        rounds += 1;
        if (rounds === 1) throw new Error('database went away');
      },
      pollIntervalMs: 5,
      logger,
      failureMessage: 'round failed',
    });
    loop.start();
    await expect.poll(() => rounds).toBeGreaterThanOrEqual(3);
    await loop.stop();
    const after = rounds;
    await new Promise((r) => setTimeout(r, 30));
    expect(rounds).toBe(after);
  });

  describe('when the first round waits one interval', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs nothing on start, then a round each interval after the previous one ended', async () => {
      vi.useFakeTimers();
      let rounds = 0;
      const loop = createPollingLoop({
        round: async () => void rounds++,
        pollIntervalMs: 1000,
        logger,
        failureMessage: 'round failed',
        firstRoundAfterInterval: true,
      });
      loop.start();
      await vi.advanceTimersByTimeAsync(999);
      expect(rounds).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(rounds).toBe(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(rounds).toBe(2);
      await loop.stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(rounds).toBe(2);
    });
  });
});

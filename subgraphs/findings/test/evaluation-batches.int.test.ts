/**
 * An evaluation writes its rows batch by batch inside one transaction: a scan larger than a batch lands whole (its
 * alerts published after the commit from the outbox, page by page), and one whose planning fails half-way leaves
 * nothing behind (no half-written scan, no stray write in flight).
 */
import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/domain/evaluate';
import { createAlertPublisher } from '../src/domain/alert-publisher';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { PLAN_BATCH_ROWS } from '../src/domain/plan-evaluation';
import { VerdictSet } from '../src/domain/verdict-set';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const ROWS = PLAN_BATCH_ROWS * 2 + 7;

const failing = (i: number): CheckResult => ({
  checkId: 'fake_batch_check',
  shortId: 'S3-96',
  severity: 'LOW',
  title: 'Fake batch check passes',
  service: 's3',
  resourceId: `res-${i}`,
  resourceArn: `arn:aws:s3:::bucket-${i}`,
  accountId: '555566667777',
  region: 'us-east-1',
  status: 'FAIL',
  message: `bucket-${i} fails`,
});

/** `readable`: how many verdicts planning can read before the set throws (all by default). */
function evaluator(readable = Infinity) {
  const verdicts = VerdictSet.of(Array.from({ length: ROWS }, (_, i) => failing(i)));
  const result = verdicts.result.bind(verdicts);
  verdicts.result = (i) => {
    if (i >= readable) throw new Error('verdict unreadable');
    return result(i);
  };
  return createScanEvaluator({
    db: h.db,
    bus: h.bus,
    logger: silentLogger,
    runChecks: () => verdicts,
    fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-batches', status: 'PARTIAL', resources: [] }),
  });
}

const countOf = async (org: string) => (await h.gql(userOf(org), '{ findings { totalCount } }')).data!.findings.totalCount as number;

describe('evaluation in batches', () => {
  it('writes every row, event and alert of a scan larger than a batch', async () => {
    const org = `org-batches-${crypto.randomUUID()}`;
    const outcome = await evaluator()({ orgId: org, accountId: 'acct-batches', scanId: 'scan-1', status: 'PARTIAL' });
    expect(outcome).toMatchObject({ outcome: 'evaluated', alerts: ROWS, counts: { opened: ROWS, total: ROWS } });
    expect(await countOf(org)).toBe(ROWS);
    // Published after the commit from the outbox, page after page, each once.
    const delivered = h.alerts.filter((a) => a.orgId === org);
    expect(new Set(delivered.map((a) => a.alertId)).size).toBe(ROWS);
    expect(delivered).toHaveLength(ROWS);
    expect(delivered[0]).toMatchObject({ kind: 'OPENED', checkId: 'fake_batch_check', severity: 'LOW', accountId: '555566667777' });
    // All marked published: a relay past its grace period finds none of them pending.
    const later = createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: () => new Date(Date.now() + 120_000) });
    expect(await later.relayPending()).toBe(0);
  });

  it('leaves nothing behind when planning fails after a batch was sent to the database', async () => {
    const org = `org-batches-${crypto.randomUUID()}`;
    // Fails inside the second batch, the first being written.
    await expect(evaluator(PLAN_BATCH_ROWS + 5)({ orgId: org, accountId: 'acct-batches', scanId: 'scan-1', status: 'PARTIAL' })).rejects.toThrow('verdict unreadable');
    expect(await countOf(org)).toBe(0);
    // The scan is not marked evaluated: a retry evaluates it.
    const retried = await evaluator()({ orgId: org, accountId: 'acct-batches', scanId: 'scan-1', status: 'PARTIAL' });
    expect(retried).toMatchObject({ outcome: 'evaluated', alerts: ROWS });
    expect(await countOf(org)).toBe(ROWS);
  });
});

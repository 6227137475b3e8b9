import { describe, expect, it } from 'vitest';
import type { FindingRow } from '../db/schema';
import type { CheckResult } from './evaluate';
import { planBatches, planEvaluation, type PlanBatch, type PlanInput, type PlanSummary } from './plan-evaluation';
import { VerdictSet } from './verdict-set';

const NOW = new Date('2026-02-01T00:00:00.000Z');

const failing = (i: number): CheckResult => ({
  checkId: 's3_bucket_public_access',
  shortId: 'S3-03',
  severity: 'CRITICAL',
  title: 'S3 bucket is not publicly accessible',
  service: 's3',
  resourceId: `res-${i}`,
  resourceArn: `arn:aws:s3:::b${i}`,
  accountId: '111122223333',
  region: 'us-east-1',
  status: 'FAIL',
  message: `bucket b${i} is public`,
});

function input(results: CheckResult[], existing: FindingRow[] = []): PlanInput {
  let ids = 0;
  return {
    orgId: 'org-1',
    inventoryAccountId: 'acct',
    scanId: 'scan-1',
    verdicts: VerdictSet.of(results),
    existing,
    present: () => ({ ids: new Set(), arns: new Set() }),
    now: NOW,
    newId: () => `id-${++ids}`,
  };
}

function drain(results: CheckResult[], batchRows: number, existing: FindingRow[] = []): { batches: PlanBatch[]; summary: PlanSummary } {
  const batches: PlanBatch[] = [];
  const g = planBatches(input(results, existing), batchRows);
  for (let next = g.next(); ; next = g.next()) {
    if (next.done) return { batches, summary: next.value };
    batches.push(next.value);
  }
}

describe('planBatches', () => {
  it('hands the rows over in batches of the size asked, each new finding with the event that opens it', () => {
    const results = Array.from({ length: 7 }, (_, i) => failing(i));
    const { batches, summary } = drain(results, 3);
    // A first scan: every row is a new finding, opened with an alert; no stored finding has history to add.
    expect(batches.map((b) => b.inserts.length)).toEqual([3, 3, 1]);
    for (const b of batches) {
      expect(b.upserts).toEqual([]);
      expect(b.events).toEqual([]);
      expect(b.inserts.map((f) => f.opening)).toEqual(b.inserts.map(() => ({ scanId: 'scan-1', alertKind: 'OPENED', note: null })));
    }
    expect(summary.counts).toEqual({ opened: 7, reopened: 0, resolved: 0, unknown: 0, total: 7 });
    expect(summary.alerts).toBe(7);
  });

  it('plans the same rows, events and summary whatever the batch size', () => {
    const results = Array.from({ length: 10 }, (_, i) => failing(i));
    const whole = planEvaluation(input(results));
    const { batches, summary } = drain(results, 4);
    expect(batches.flatMap((b) => b.inserts)).toEqual(whole.inserts);
    expect(batches.flatMap((b) => b.upserts)).toEqual(whole.upserts);
    expect(batches.flatMap((b) => b.events)).toEqual(whole.events);
    expect(summary).toEqual({ seen: whole.seen, counts: whole.counts, byCheck: whole.byCheck, alerts: whole.alerts });
  });

  it('batches the findings resolved as gone too, after the verdicts', () => {
    const whole = planEvaluation(input([failing(0)]));
    const stored = whole.inserts.map(({ opening: _opening, ...u }, i) => ({ ...u, id: `stored-${i}`, resourceTags: {} }) as FindingRow);
    const gone = Array.from({ length: 5 }, (_, i) => ({ ...stored[0]!, id: `gone-${i}`, resourceId: `gone-${i}`, resourceArn: `arn:aws:s3:::gone-${i}` }));
    const { batches, summary } = drain([failing(0)], 2, [...stored, ...gone]);
    // Stored findings: rewritten, none inserted.
    expect(batches.map((b) => b.upserts.length)).toEqual([2, 2, 1]);
    expect(batches.flatMap((b) => b.inserts)).toEqual([]);
    expect(batches.flatMap((b) => b.upserts).every((u) => u.status === 'RESOLVED')).toBe(true);
    expect(summary.seen).toEqual([stored[0]!.id]);
    expect(summary.counts.resolved).toBe(5);
  });

  it('yields nothing when there is nothing to write', () => {
    expect(drain([{ ...failing(0), status: 'PASS' }], 10).batches).toEqual([]);
  });
});

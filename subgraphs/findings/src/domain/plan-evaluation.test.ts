import { describe, expect, it } from 'vitest';
import type { FindingRow } from '../db/schema';
import type { CheckResult } from './evaluate';
import { findingKey } from './finding-key';
import { planEvaluation, type EvaluationPlan, type PlanInput } from './plan-evaluation';
import { VerdictSet } from './verdict-set';

const ORG = 'org-1';
const NOW = new Date('2026-02-01T00:00:00.000Z');
const EARLIER = new Date('2026-01-01T00:00:00.000Z');

function result(overrides: Partial<CheckResult> = {}): CheckResult {
  return {
    checkId: 's3_bucket_public_access',
    shortId: 'S3-03',
    severity: 'CRITICAL',
    title: 'S3 bucket is not publicly accessible',
    service: 's3',
    resourceId: 'res-1',
    resourceArn: 'arn:aws:s3:::b1',
    accountId: '111122223333',
    region: 'us-east-1',
    status: 'FAIL',
    message: 'public',
    ...overrides,
  };
}

function stored(r: CheckResult, overrides: Partial<FindingRow> = {}): FindingRow {
  return {
    id: `id-${r.resourceId}`,
    orgId: ORG,
    findingKey: findingKey({ orgId: ORG, ...r }),
    inventoryAccountId: 'acct',
    resourceId: r.resourceId,
    resourceArn: r.resourceArn,
    accountId: r.accountId,
    region: r.region,
    checkId: r.checkId,
    shortId: r.shortId,
    severity: r.severity,
    service: r.service,
    title: r.title,
    message: 'old message',
    status: 'OPEN',
    firstSeenAt: EARLIER,
    lastSeenAt: EARLIER,
    resolvedAt: null,
    statusChangedAt: EARLIER,
    unmutedStatus: null,
    muteRuleId: null,
    resourceTags: {},
    ...overrides,
  };
}

let ids = 0;
function plan({ results = [], ...overrides }: Partial<Omit<PlanInput, 'verdicts'>> & { results?: CheckResult[] }) {
  const verdicts = VerdictSet.of(results);
  return planEvaluation({ orgId: ORG, inventoryAccountId: 'acct', scanId: 'scan-1', verdicts, existing: [], present: null, now: NOW, newId: () => `new-${++ids}`, ...overrides });
}

/** Every row the plan writes, new or stored. */
const written = (p: EvaluationPlan) => [...p.inserts, ...p.upserts];

describe('planEvaluation', () => {
  it('keeps the worst verdict when a check reports one key twice', () => {
    const p = plan({ results: [result({ status: 'PASS' }), result({ status: 'FAIL' }), result({ status: 'UNKNOWN' })] });
    expect(p.counts).toMatchObject({ total: 1, opened: 1, unknown: 0 });
    expect(p.inserts).toHaveLength(1);
    expect(p.upserts).toEqual([]);
    expect(p.alerts).toBe(1);
  });

  it('opens a new finding with the event of its alert, and leaves its id to the database', () => {
    const p = plan({ results: [result(), result({ resourceId: 'res-2', resourceArn: 'arn:aws:s3:::b2' })] });
    expect(p.inserts).toHaveLength(2);
    expect(p.inserts[0]).not.toHaveProperty('id');
    expect(p.inserts[0]).toMatchObject({ status: 'OPEN', unmutedStatus: null, muteRuleId: null, firstSeenAt: NOW, lastSeenAt: NOW, statusChangedAt: NOW, resolvedAt: null });
    expect(p.inserts[0]!.opening).toEqual({ scanId: 'scan-1', alertKind: 'OPENED', note: null });
    // One opening object for every finding that opens the same way (a first scan makes hundreds of thousands).
    expect(p.inserts[1]!.opening).toBe(p.inserts[0]!.opening);
    expect(p.events).toEqual([]);
    expect(p.alerts).toBe(2);
  });

  it('opens a new finding a live rule covers as MUTED, with the rule and its reason and no alert', () => {
    const rule = { id: 'rule-1', reason: 'accepted risk', createdAt: EARLIER, expiresAt: null, checkIds: ['s3_bucket_public_access'], accountIds: null, regions: null, resourcePattern: null, tags: null, findingKeys: null };
    const p = plan({ results: [result(), result({ checkId: 'other_check' })], muteRules: [rule] });
    const [muted, other] = p.inserts;
    expect(muted).toMatchObject({ checkId: 's3_bucket_public_access', status: 'MUTED', unmutedStatus: 'OPEN', muteRuleId: 'rule-1' });
    expect(muted!.opening).toEqual({ scanId: 'scan-1', alertKind: null, note: 'accepted risk' });
    expect(other).toMatchObject({ checkId: 'other_check', status: 'OPEN', muteRuleId: null });
    expect(other!.opening).toEqual({ scanId: 'scan-1', alertKind: 'OPENED', note: null });
    expect(p.alerts).toBe(1);
    expect(p.counts.opened).toBe(2);
  });

  it('stores nothing for passes and unknowns without a finding, but counts them', () => {
    const p = plan({ results: [result({ status: 'PASS' }), result({ status: 'UNKNOWN', resourceId: 'r2', resourceArn: 'arn:aws:s3:::b2' })] });
    expect(written(p)).toEqual([]);
    expect(p.events).toEqual([]);
    expect(p.counts).toEqual({ opened: 0, reopened: 0, resolved: 0, unknown: 1, total: 2 });
  });

  it('keeps first seen, refreshes last seen and message of a finding still failing, without an event', () => {
    const r = result();
    const p = plan({ results: [r], existing: [stored(r)] });
    expect(p.events).toEqual([]);
    expect(p.upserts[0]).toMatchObject({ id: 'id-res-1', status: 'OPEN', firstSeenAt: EARLIER, lastSeenAt: NOW, message: 'public', statusChangedAt: EARLIER });
  });

  it('leaves a MUTED finding muted whatever the verdict, and raises no alert', () => {
    const r = result();
    for (const status of ['FAIL', 'PASS', 'UNKNOWN'] as const) {
      const p = plan({ results: [{ ...r, status }], existing: [stored(r, { status: 'MUTED' })] });
      expect(p.events).toEqual([]);
      expect(p.alerts).toBe(0);
      expect(p.inserts).toEqual([]);
      expect(p.upserts.every((u) => u.status === 'MUTED')).toBe(true);
    }
  });

  it('resolves findings of resources missing from a complete snapshot, only of the scanned account', () => {
    const gone = stored(result({ resourceId: 'gone', resourceArn: 'arn:aws:s3:::gone' }));
    const otherAccount = stored(result({ resourceId: 'other', resourceArn: 'arn:aws:s3:::other' }), { inventoryAccountId: 'acct-2' });
    const stillThere = stored(result({ resourceId: 'kept', resourceArn: 'arn:aws:s3:::kept' }));
    const p = plan({
      existing: [gone, otherAccount, stillThere],
      present: () => ({ ids: new Set(['kept']), arns: new Set(['arn:aws:s3:::kept']) }),
    });
    expect(p.upserts.map((u) => u.id)).toEqual([gone.id]);
    expect(p.upserts[0]).toMatchObject({ status: 'RESOLVED', resolvedAt: NOW, statusChangedAt: NOW });
    expect(p.events).toEqual([expect.objectContaining({ findingId: gone.id, fromStatus: 'OPEN', toStatus: 'RESOLVED', scanId: 'scan-1' })]);
    expect(p.alerts).toBe(0);
  });

  it('lists the present resources only when a stored finding of the account got no verdict', () => {
    const r = result();
    let listed = 0;
    const present = () => (listed++, { ids: new Set<string>(), arns: new Set<string>() });
    plan({ results: [r], existing: [], present });
    plan({ results: [r], existing: [stored(r)], present });
    expect(listed).toBe(0);
    const p = plan({ results: [], existing: [stored(r)], present });
    expect(listed).toBe(1);
    expect(p.upserts).toEqual([expect.objectContaining({ id: 'id-res-1', status: 'RESOLVED' })]);
  });

  it('gives a new finding the tags of its resource', () => {
    const r = result();
    const verdicts = VerdictSet.of([r], [{ id: r.resourceId, resource: { tags: { state: 'ok', value: { env: 'prod', bad: 1 } } } }]);
    const p = planEvaluation({ orgId: ORG, inventoryAccountId: 'acct', scanId: 'scan-1', verdicts, existing: [], present: null, now: NOW, newId: () => 'n' });
    expect(p.inserts[0]!.resourceTags).toEqual({ env: 'prod' });
  });

  it('resolves nothing as gone when absence proves nothing (PARTIAL scan)', () => {
    const p = plan({ existing: [stored(result())], present: null });
    expect(written(p)).toEqual([]);
  });

  it('raises one REOPENED alert, carrying the alert id of the recorded event', () => {
    const r = result();
    const p = plan({ results: [r], existing: [stored(r, { status: 'RESOLVED', resolvedAt: EARLIER })] });
    expect(p.upserts[0]).toMatchObject({ status: 'REOPENED', resolvedAt: null, statusChangedAt: NOW });
    expect(p.alerts).toBe(1);
    expect(p.events).toEqual([expect.objectContaining({ alertKind: 'REOPENED', findingId: 'id-res-1', at: NOW, severity: 'CRITICAL' })]);
  });

  it('only moves last seen of a finding failing again with nothing else changed: no row rewrite, no event', () => {
    const r = result();
    const same = stored(r, { message: r.message });
    const p = plan({ results: [r], existing: [same], present: () => ({ ids: new Set(['res-1']), arns: new Set([r.resourceArn]) }) });
    expect(written(p)).toEqual([]);
    expect(p.seen).toEqual([same.id]);
    expect(p.events).toEqual([]);
    expect(p.alerts).toBe(0);
    expect(p.counts).toEqual({ opened: 0, reopened: 0, resolved: 0, unknown: 0, total: 1 });
  });

  it('rewrites the row when anything it stores changes besides last seen (tags, metadata), still without an event', () => {
    const r = result();
    for (const changed of [{ resourceTags: { team: 'a' } }, { severity: 'HIGH' as const }, { title: 'old title' }]) {
      const p = plan({ results: [r], existing: [stored(r, { message: r.message, ...changed })] });
      expect(p.seen).toEqual([]);
      expect(p.upserts).toEqual([expect.objectContaining({ id: 'id-res-1', lastSeenAt: NOW, severity: 'CRITICAL', resourceTags: {} })]);
      expect(p.events).toEqual([]);
    }
  });

  it('neither writes nor touches a finding whose verdict is unknown', () => {
    const r = result({ status: 'UNKNOWN' });
    const p = plan({ results: [r], existing: [stored(r, { message: r.message })] });
    expect(written(p)).toEqual([]);
    expect(p.seen).toEqual([]);
    expect(p.counts.unknown).toBe(1);
  });

  it('tells apart the same check and ARN in two accounts or regions', () => {
    const a = result();
    const b = result({ accountId: '444455556666', resourceId: 'res-2', status: 'PASS' });
    const c = result({ region: 'eu-west-1', resourceId: 'res-3' });
    const p = plan({ results: [a, b, c], existing: [stored(b)] });
    expect(p.counts).toMatchObject({ total: 3, opened: 2, resolved: 1 });
    // The stored finding (b, now passing) is rewritten where it is; the two others are new.
    expect(p.upserts.map((u) => u.findingKey)).toEqual([findingKey({ orgId: ORG, ...b })]);
    expect(new Set(p.inserts.map((u) => u.findingKey))).toEqual(new Set([a, c].map((x) => findingKey({ orgId: ORG, ...x }))));
  });
});

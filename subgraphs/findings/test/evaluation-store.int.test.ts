/**
 * The evaluation's bulk writes (columns as text arrays through unnest, evaluation-store.ts) store exactly what
 * was planned, on whichever database the suite runs (PGlite by default, PostgreSQL with DATABASE_URL): text that
 * array literals must escape, NULLs, the string "NULL", tags, enums, instants; new findings get their ids and
 * opening events from the database; an upsert rewrites only the columns it owns; touchLastSeen moves
 * last_seen_at of the listed findings of the org only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { DatabaseHandle } from '@cspmexa/server-kit';
import { openTestDatabase } from '@cspmexa/server-kit/testing';
import { markAlertsPublished } from '../src/db/alert-outbox';
import { inEvaluationTransaction, insertFindingEvents, touchLastSeen, writeFindings } from '../src/db/evaluation-store';
import { findingConditions } from '../src/db/finding-filter';
import { findingEvents, findingResources, findings, type NewFinding, type NewFindingRow, type OpeningEvent } from '../src/db/schema';
import { migrationsFolder } from '../src/index';

const ORG = 'org-store';
const T0 = new Date('2026-01-01T00:00:00.123Z');
const T1 = new Date('2026-02-01T00:00:00.456Z');
const TRICKY = ['plain', 'with "quotes"', 'back\\slash \\" both', '{braces,comma}', 'NULL', '', 'caf\u00e9 \u{1F512}', 'line\nbreak\ttab'];

function row(i: number, overrides: Partial<NewFindingRow> = {}): NewFindingRow & { id: string } {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    orgId: ORG,
    findingKey: `key-${i}`,
    inventoryAccountId: 'acct',
    resourceId: `res-${i}`,
    resourceArn: `arn:aws:s3:::bucket-${i}`,
    accountId: '111122223333',
    region: 'us-east-1',
    checkId: 's3_bucket_public_access',
    shortId: 'S3-03',
    severity: 'CRITICAL',
    service: 's3',
    title: 'S3 bucket is not publicly accessible',
    message: TRICKY[i % TRICKY.length]!,
    status: 'OPEN',
    unmutedStatus: null,
    muteRuleId: null,
    resourceTags: i % 2 === 0 ? {} : { team: TRICKY[i % TRICKY.length]!, 'k"ey': 'v\\al' },
    firstSeenAt: T0,
    lastSeenAt: T0,
    resolvedAt: null,
    statusChangedAt: T0,
    ...overrides,
  };
}

/** Version 7 (time-ordered), RFC 4122 variant. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const OPENED: OpeningEvent = { scanId: 'scan "1"', alertKind: 'OPENED', note: null };

/** Row `i` as a new finding: no id, the event that opens it. */
function newFinding(i: number, overrides: Partial<NewFindingRow> = {}, opening = OPENED): NewFinding {
  const { id: _id, ...fields } = row(i, overrides);
  return { ...fields, opening };
}

/** What the database stored of findings written as new: the planned row with the id it was given. */
const storedAs = (f: NewFinding, id: string): NewFindingRow => {
  const { opening: _opening, ...fields } = f;
  return { ...fields, id };
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.migrate({ migrationsFolder, schema: 'findings' });
});
afterAll(() => handle.close());

describe('evaluation store bulk writes', () => {
  const rows = TRICKY.map((_, i) => row(i));

  it('inserts every planned row as planned', async () => {
    await inEvaluationTransaction(handle.db, ORG, (tx) => writeFindings(tx, [], rows));
    const stored = await handle.db.select().from(findings).where(eq(findings.orgId, ORG)).orderBy(findings.findingKey);
    expect(stored).toEqual([...rows].sort((a, b) => a.findingKey.localeCompare(b.findingKey)));
  });

  it('stores a column that is the same in every row (sent once, as a scalar) like any other, tricky text and NULLs included', async () => {
    const same = [20, 21, 22].map((i) => row(i, { orgId: 'org-same', message: TRICKY[2]!, resourceTags: { team: TRICKY[1]! }, resolvedAt: null, unmutedStatus: null }));
    await inEvaluationTransaction(handle.db, 'org-same', (tx) => writeFindings(tx, [], same));
    const stored = await handle.db.select().from(findings).where(eq(findings.orgId, 'org-same')).orderBy(findings.findingKey);
    expect(stored).toEqual(same);
  });

  it('rewrites the owned columns of a conflicting key, never id nor first seen', async () => {
    const again = row(1, { id: '00000000-0000-4000-8000-999999999999', firstSeenAt: T1, lastSeenAt: T1, status: 'RESOLVED', resolvedAt: T1, statusChangedAt: T1, message: 'fixed "now"', resourceTags: {} });
    await inEvaluationTransaction(handle.db, ORG, (tx) => writeFindings(tx, [], [again]));
    const [stored] = await handle.db.select().from(findings).where(eq(findings.findingKey, 'key-1'));
    expect(stored).toEqual({ ...again, id: rows[1]!.id, firstSeenAt: T0 });
  });

  it('inserts new findings under ids the database gives, each with the history event that opens it', async () => {
    const org = 'org-new';
    const rule = '00000000-0000-4000-8004-000000000001';
    const muted: OpeningEvent = { scanId: 'scan-2', alertKind: null, note: 'accepted \\ "risk"' };
    const planned = [
      newFinding(1, { orgId: org, findingKey: 'new-key-1', severity: 'HIGH' }),
      newFinding(2, { orgId: org, findingKey: 'new-key-2', status: 'MUTED', unmutedStatus: 'OPEN', muteRuleId: rule }, muted),
      ...[3, 4, 5].map((i) => newFinding(i, { orgId: org, findingKey: `new-key-${i}`, statusChangedAt: T1 })),
    ];
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, planned, []));

    const stored = await handle.db.select().from(findings).where(eq(findings.orgId, org)).orderBy(findings.findingKey);
    expect(stored).toEqual(planned.map((f, i) => storedAs(f, stored[i]!.id)));
    expect(new Set(stored.map((f) => f.id)).size).toBe(planned.length);
    for (const f of stored) expect(f.id).toMatch(UUID_V7);

    const events = await handle.db.select().from(findingEvents).where(eq(findingEvents.orgId, org));
    const eventOf = (f: (typeof stored)[number]) => events.filter((e) => e.findingId === f.id);
    expect(events).toHaveLength(planned.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(planned.length);
    for (const e of events) expect(e.id).toMatch(UUID_V7);
    expect(events.every((e) => !stored.some((f) => f.id === e.id))).toBe(true);
    const [high, mutedFinding, ...rest] = stored;
    const event = { orgId: org, fromStatus: null, actorId: null, actorEmail: null, publishedAt: null };
    expect(eventOf(high!)).toEqual([{ ...event, id: expect.any(String), findingId: high!.id, toStatus: 'OPEN', scanId: 'scan "1"', at: T0, alertKind: 'OPENED', severity: 'HIGH', muteRuleId: null, note: null }]);
    expect(eventOf(mutedFinding!)).toEqual([{ ...event, id: expect.any(String), findingId: mutedFinding!.id, toStatus: 'MUTED', scanId: 'scan-2', at: T0, alertKind: null, severity: null, muteRuleId: rule, note: muted.note }]);
    for (const f of rest) expect(eventOf(f)).toEqual([expect.objectContaining({ toStatus: 'OPEN', at: T1, alertKind: 'OPENED', severity: 'CRITICAL' })]);
  });

  it('writes new rows by insert and stored ones by rewrite; a new row whose key is stored fails the whole write', async () => {
    const org = 'org-write';
    const at = (i: number, o: Partial<NewFindingRow> = {}) => newFinding(i, { orgId: org, findingKey: `write-key-${i}`, ...o });
    const stored = () => handle.db.select().from(findings).where(eq(findings.orgId, org)).orderBy(findings.findingKey);
    const eventCount = async () => (await handle.db.select().from(findingEvents).where(eq(findingEvents.orgId, org))).length;
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [at(1), at(2)], []));
    const [first, second] = await stored();
    const rewritten = storedAs(at(2, { status: 'RESOLVED', resolvedAt: T1, lastSeenAt: T1, statusChangedAt: T1 }), second!.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [at(3)], [rewritten]));
    const third = (await stored())[2]!;
    // Time-ordered ids: a later write's sort after an earlier one's (new rows land at the primary key's right edge).
    expect([first!.id, second!.id].every((id) => id < third.id)).toBe(true);
    expect(await stored()).toEqual([first, rewritten, storedAs(at(3), third.id)]);
    expect(await eventCount()).toBe(3);

    // A plan that took a stored finding for a new one: the key index refuses it, and neither the new row beside
    // it nor any opening event is written.
    await expect(inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [at(4), at(1)], []))).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(await stored()).toEqual([first, rewritten, storedAs(at(3), third.id)]);
    expect(await eventCount()).toBe(3);
  });

  it('adds each resource the findings are about to the text search once, whatever the number of its findings', async () => {
    const org = 'org-resources';
    const about = (i: number, resource: number) => row(i, { orgId: org, findingKey: `res-key-${i}`, id: `00000000-0000-4000-8001-${String(i).padStart(12, '0')}`, resourceId: `res-${resource}`, resourceArn: `arn:aws:s3:::${TRICKY[resource]}` });
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [], [about(1, 1), about(2, 2), about(3, 1)]));
    // A later evaluation: a new finding about a known resource and one about a new resource.
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [], [about(4, 2), about(5, 3), about(1, 1)]));
    const stored = await handle.db.select().from(findingResources).where(eq(findingResources.orgId, org)).orderBy(findingResources.resourceId);
    expect(stored).toEqual([1, 2, 3].map((r) => ({ orgId: org, resourceId: `res-${r}`, inventoryAccountId: 'acct', resourceArn: `arn:aws:s3:::${TRICKY[r]}` })));
  });

  it('finds by ARN a stored finding rewritten under a new resource id (its account deleted and added again)', async () => {
    const org = 'org-moved';
    await inEvaluationTransaction(handle.db, org, (tx) =>
      writeFindings(tx, [newFinding(1, { orgId: org, findingKey: 'moved-key', resourceId: 'old-res', inventoryAccountId: 'old-acct', resourceArn: 'arn:aws:s3:::moved' })], []),
    );
    const [finding] = await handle.db.select().from(findings).where(eq(findings.orgId, org));
    const moved = { ...finding!, resourceId: 'new-res', inventoryAccountId: 'new-acct', lastSeenAt: T1 };
    await inEvaluationTransaction(handle.db, org, (tx) => writeFindings(tx, [], [moved]));

    const byArn = (filter: Parameters<typeof findingConditions>[1]) => handle.db.select({ id: findings.id, resourceId: findings.resourceId }).from(findings).where(findingConditions(org, filter));
    expect(await byArn({ search: 'MOVED' })).toEqual([{ id: finding!.id, resourceId: 'new-res' }]);
    expect(await byArn({ resourceArn: 'arn:aws:s3:::moved' })).toEqual([{ id: finding!.id, resourceId: 'new-res' }]);
    expect(await byArn({ resourceArn: 'arn:aws:s3:::moved-not' })).toEqual([]);
  });

  it('records events with their nullable columns', async () => {
    const events = [
      { id: '10000000-0000-4000-8000-000000000001', orgId: ORG, findingId: rows[0]!.id, fromStatus: null, toStatus: 'OPEN' as const, scanId: 'scan "1"', at: T0, alertKind: 'OPENED' as const, severity: 'HIGH' as const, muteRuleId: null, note: null },
      { id: '10000000-0000-4000-8000-000000000002', orgId: ORG, findingId: rows[0]!.id, fromStatus: 'OPEN' as const, toStatus: 'RESOLVED' as const, scanId: 'scan-2', at: T1, alertKind: null, severity: null, muteRuleId: null, note: 'a \\ note' },
    ];
    await inEvaluationTransaction(handle.db, ORG, (tx) => insertFindingEvents(tx, events));
    const stored = await handle.db.select().from(findingEvents).where(eq(findingEvents.findingId, rows[0]!.id)).orderBy(findingEvents.at);
    expect(stored).toEqual(events.map((e) => ({ ...e, actorId: null, actorEmail: null, publishedAt: null })));
  });

  it('moves last seen of the listed findings of the org, and nothing else', async () => {
    const before = await handle.db.select().from(findings).where(eq(findings.orgId, ORG)).orderBy(findings.findingKey);
    const at = new Date('2026-03-01T00:00:00.789Z');
    await inEvaluationTransaction(handle.db, ORG, (tx) => touchLastSeen(tx, ORG, [rows[2]!.id, rows[3]!.id], at));
    await inEvaluationTransaction(handle.db, 'another-org', (tx) => touchLastSeen(tx, 'another-org', [rows[4]!.id], at));
    const after = await handle.db.select().from(findings).where(eq(findings.orgId, ORG)).orderBy(findings.findingKey);
    expect(after).toEqual(before.map((f) => (f.id === rows[2]!.id || f.id === rows[3]!.id ? { ...f, lastSeenAt: at } : f)));
  });

  it('marks as published more alerts than one statement could take as parameters (a first scan of a large estate)', async () => {
    const count = 70_000;
    const alerts = Array.from({ length: count }, (_, i) => ({
      id: `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      orgId: ORG,
      findingId: rows[5]!.id,
      fromStatus: null,
      toStatus: 'OPEN' as const,
      scanId: 'scan-big',
      at: T1,
      alertKind: 'OPENED' as const,
      muteRuleId: null,
      note: null,
    }));
    await inEvaluationTransaction(handle.db, ORG, (tx) => insertFindingEvents(tx, alerts));
    await markAlertsPublished(handle.db, ORG, alerts.map((a) => a.id), T1);
    const pending = await handle.db.select({ id: findingEvents.id }).from(findingEvents).where(and(eq(findingEvents.scanId, 'scan-big'), isNull(findingEvents.publishedAt)));
    expect(pending).toEqual([]);
  });
});

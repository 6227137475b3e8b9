/** The audit trail (L1, L2) against a real database: what is recorded, append-only, hash-chained, verifiable. */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createAuditStore } from '../src/db/audit-events';
import { verifyChain } from '../src/domain/audit/queries';
import { createAuditTrail } from '../src/domain/audit/trail';
import { startAuthHarness, type AuthHarness } from './harness';
import { AUDIT_EVENTS, LOGIN, VERIFY_CHAIN, codeOf, rowsOf } from './operations';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(async () => {
  await h?.close();
});

type AuditNode = { id: string; sequence: number; action: string; actorId: string | null; target: string | null; ip: string | null; userAgent: string | null; requestId: string | null; details: Record<string, unknown> };

async function events(viewer: ReturnType<Awaited<ReturnType<AuthHarness['seedOrganization']>>['viewerOf']>, filter: Record<string, unknown> = {}) {
  const r = await h.call(AUDIT_EVENTS, { f: filter, first: 100 }, viewer);
  expect(r.errors).toBeUndefined();
  return (r.data!.auditEvents.edges as { node: AuditNode }[]).map((e) => e.node);
}

describe('audit trail', () => {
  it('L1 sign-in success and failure are recorded with actor, target, IP, user agent and request id, values encoded', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const analyst = o.members[1]!;
    const meta = { ip: '203.0.113.7', userAgent: 'evil\r\nFAKE login.succeeded', requestId: 'req-l1' };
    expect(codeOf(await h.call(LOGIN, { email: analyst.email, password: 'wrong-password-1' }, null, meta))).toBe('UNAUTHENTICATED');
    expect((await h.call(LOGIN, { email: analyst.email, password: o.password }, null, meta)).errors).toBeUndefined();

    const [succeeded, failed] = await events(o.viewerOf(0), { actions: ['login.succeeded', 'login.failed'] });
    expect(failed).toMatchObject({ action: 'login.failed', target: analyst.id, ip: '203.0.113.7', requestId: 'req-l1', details: { reason: 'bad_credentials' } });
    expect(succeeded).toMatchObject({ action: 'login.succeeded', actorId: analyst.id, target: analyst.id });
    // No raw CR/LF reaches the trail: a forged second line is impossible.
    expect(succeeded!.userAgent).toBe('evil\\u000d\\u000aFAKE login.succeeded');
  });

  it('L1 role changes and denied authorization are recorded', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const assign = `mutation($u: ID!, $r: Role!) { assignRole(userId: $u, role: $r) { id } }`;
    expect(codeOf(await h.call(assign, { u: o.members[0]!.id, r: 'ANALYST' }, o.viewerOf(1)))).toBe('FORBIDDEN');
    expect((await h.call(assign, { u: o.members[1]!.id, r: 'ADMIN' }, o.viewerOf(0))).errors).toBeUndefined();
    const all = await events(o.viewerOf(0));
    expect(all).toContainEqual(
      expect.objectContaining({
        action: 'authorization.denied',
        actorId: o.members[1]!.id,
        target: o.members[0]!.id,
        details: { field: 'Mutation.assignRole', operation: null, reason: 'NOT_ADMIN', subgraph: 'auth', apiTokenId: null, count: 1 },
      }),
    );
    expect(all).toContainEqual(expect.objectContaining({ action: 'role.changed', actorId: o.members[0]!.id, target: o.members[1]!.id, details: { from: 'ANALYST', to: 'ADMIN' } }));
  });

  it('L1 recordAuthorizationDenials writes other subgraphs\' denials with the user request\'s meta, for service callers only', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const record = `mutation($d: [AuthorizationDenialInput!]!) { recordAuthorizationDenials(denials: $d) }`;
    const denial = { actorId: o.members[1]!.id, field: 'Mutation.deleteMuteRule', operation: 'Unmute', target: 'rule-1', reason: 'NOT_ADMIN', subgraph: 'findings', apiTokenId: null, count: 1 };
    const service = { kind: 'service' as const, service: 'findings', orgId: o.org.id };
    const meta = { ip: '192.0.2.4', userAgent: 'browser/2', requestId: 'req-from-gateway' };
    expect((await h.call(record, { d: [denial] }, service, meta)).data).toEqual({ recordAuthorizationDenials: 1 });
    const refused = await h.call(record, { d: [{ ...denial, target: 'forged' }] }, o.viewerOf(1));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SERVICE_ONLY' });
    const denied = await events(o.viewerOf(0), { actions: ['authorization.denied'] });
    expect(denied.find((e) => e.target === 'rule-1')).toMatchObject({ actorId: o.members[1]!.id, ...meta, details: { field: 'Mutation.deleteMuteRule', operation: 'Unmute', reason: 'NOT_ADMIN', subgraph: 'findings', apiTokenId: null, count: 1 } });
    expect(denied.find((e) => e.target === 'forged')).toBeUndefined();
  });

  it('L1 recordAuditEvents writes another subgraph\'s actions with the user request\'s meta: service callers only, only that subgraph\'s names, flat details, all or nothing', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const record = `mutation($e: [AuditEventInput!]!) { recordAuditEvents(events: $e) }`;
    const muted = { action: 'findings.muted', actorId: o.members[1]!.id, target: 'rule-9', detailsJson: JSON.stringify({ count: 3, muteRuleId: 'rule-9', reason: 'fp\r\nforged' }), apiTokenId: null };
    const findings = { kind: 'service' as const, service: 'findings', orgId: o.org.id };
    const meta = { ip: '192.0.2.5', userAgent: 'browser/3', requestId: 'req-mute' };
    expect((await h.call(record, { e: [muted] }, findings, meta)).data).toEqual({ recordAuditEvents: 1 });
    const [entry] = await events(o.viewerOf(0), { actions: ['findings.muted'] });
    expect(entry).toMatchObject({ actorId: o.members[1]!.id, target: 'rule-9', ...meta, details: { count: 3, muteRuleId: 'rule-9', reason: 'fp\\u000d\\u000aforged', subgraph: 'findings', apiTokenId: null } });

    const refusals: [unknown, Record<string, unknown>, string][] = [
      [o.viewerOf(0), muted, 'FORBIDDEN'],
      // A subgraph cannot forge another one's actions, nor auth's own.
      [{ ...findings, service: 'notifications' }, muted, 'BAD_USER_INPUT'],
      [findings, { ...muted, action: 'role.changed' }, 'BAD_USER_INPUT'],
      [findings, { ...muted, action: 'authorization.denied' }, 'BAD_USER_INPUT'],
      [findings, { ...muted, detailsJson: JSON.stringify({ nested: { a: 1 } }) }, 'BAD_USER_INPUT'],
      [findings, { ...muted, detailsJson: '[1]' }, 'BAD_USER_INPUT'],
    ];
    for (const [viewer, event, code] of refusals) {
      // The valid first event is not written either: a report is checked whole before anything is written.
      expect(codeOf(await h.call(record, { e: [{ ...muted, target: 'first' }, event] }, viewer as never, meta)), JSON.stringify(event)).toBe(code);
    }
    const all = await events(o.viewerOf(0), { actions: ['findings.muted', 'role.changed', 'authorization.denied'] });
    expect(all.filter((e) => e.target === 'first' || e.details.subgraph === 'notifications')).toEqual([]);
    expect((await h.call(VERIFY_CHAIN, {}, o.viewerOf(0))).data!.verifyAuditChain).toMatchObject({ ok: true });
  });

  it('L1 an outbox delivery is chained once per event id, with each entry\'s own request meta and the time it happened (never in the future)', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const record = `mutation($e: [AuditEventInput!]!) { recordAuditEvents(events: $e) }`;
    const inventory = { kind: 'service' as const, service: 'inventory', orgId: o.org.id };
    const occurredAt = '2026-01-02T03:04:05.678Z';
    const early = { eventId: crypto.randomUUID(), occurredAt, requestId: 'req-early', ip: '198.51.100.1', userAgent: 'ua/early', action: 'scan.started', actorId: o.members[0]!.id, target: 'scan-1', detailsJson: '{}', apiTokenId: null };
    const future = { ...early, eventId: crypto.randomUUID(), occurredAt: '2999-01-01T00:00:00.000Z', requestId: 'req-future', target: 'scan-2' };
    expect((await h.call(record, { e: [early, future] }, inventory, { requestId: 'drainer-call' })).data).toEqual({ recordAuditEvents: 2 });
    // Delivered again (the answer was lost): nothing new.
    expect((await h.call(record, { e: [early, future] }, inventory, { requestId: 'drainer-retry' })).data).toEqual({ recordAuditEvents: 2 });
    const entries = await events(o.viewerOf(0), { actions: ['scan.started'] });
    expect(entries.map((e) => e.id).sort()).toEqual([early.eventId, future.eventId].sort());
    const byId = new Map(entries.map((e) => [e.id, e as AuditNode & { at: string }]));
    expect(byId.get(early.eventId)).toMatchObject({ requestId: 'req-early', ip: '198.51.100.1', userAgent: 'ua/early', at: occurredAt });
    expect(Date.parse(byId.get(early.eventId)!.details.recordedAt as string)).toBeGreaterThan(Date.parse(occurredAt));
    expect(Date.parse(byId.get(future.eventId)!.at)).toBeLessThan(Date.parse('2999-01-01T00:00:00.000Z'));
    expect(codeOf(await h.call(record, { e: [{ ...early, eventId: 'not-a-uuid' }] }, inventory))).toBe('BAD_USER_INPUT');
    expect((await h.call(VERIFY_CHAIN, {}, o.viewerOf(0))).data!.verifyAuditChain).toMatchObject({ ok: true });
  });

  it('L2 the database refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    await h.call(LOGIN, { email: o.members[0]!.email, password: 'wrong-password-1' });
    const refused = async (statement: ReturnType<typeof sql>) => h.handle.db.execute(statement).then(() => 'accepted', (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ''}`);
    expect(await refused(sql`update auth.audit_events set action = 'nothing' where org_id = ${o.org.id}`)).toMatch(/append-only/);
    expect(await refused(sql`delete from auth.audit_events where org_id = ${o.org.id}`)).toMatch(/append-only/);
    expect(await refused(sql`truncate auth.audit_events`)).toMatch(/append-only/);
    const left = rowsOf<{ n: number }>(await h.handle.db.execute(sql`select count(*)::int as n from auth.audit_events where org_id = ${o.org.id}`));
    expect(left[0]!.n).toBeGreaterThan(0);
  });

  it('L2 verifyAuditChain is ok for an untouched chain and names the first modified entry', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    for (let i = 0; i < 4; i++) await h.call(LOGIN, { email: o.members[1]!.email, password: `wrong-password-${i}` });
    const intact = await h.call(VERIFY_CHAIN, {}, o.viewerOf(0));
    expect(intact.data!.verifyAuditChain).toEqual({ ok: true, firstBrokenId: null, checkedCount: 4 });

    const chain = await events(o.viewerOf(0));
    const second = chain.find((e) => e.sequence === 2)!;
    // Tampering as someone able to bypass the trigger (the table owner): the chain still gives it away.
    await h.handle.db.execute(sql`alter table auth.audit_events disable trigger audit_events_no_update_delete`);
    try {
      await h.handle.db.execute(sql`update auth.audit_events set ip = '198.51.100.1' where id = ${second.id}`);
    } finally {
      await h.handle.db.execute(sql`alter table auth.audit_events enable trigger audit_events_no_update_delete`);
    }
    const broken = await h.call(VERIFY_CHAIN, {}, o.viewerOf(0));
    expect(broken.data!.verifyAuditChain).toEqual({ ok: false, firstBrokenId: second.id, checkedCount: 1 });
    expect(codeOf(await h.call(VERIFY_CHAIN, {}, o.viewerOf(1)))).toBe('FORBIDDEN');
  });

  it('L2 concurrent appends of one organization keep a single linear chain', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const store = createAuditStore(h.handle.db);
    const trail = createAuditTrail({ store, clock: () => new Date() });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => trail.record({ action: 'login.failed', orgId: o.org.id, target: `t${i}` }, { requestId: `r${i}` })),
    );
    const seqs = rowsOf<{ seq: string | number }>(await h.handle.db.execute(sql`select seq from auth.audit_events where org_id = ${o.org.id} order by seq`));
    expect(seqs.map((r) => Number(r.seq))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await verifyChain(store, o.org.id)).toEqual({ ok: true, firstBrokenId: null, checkedCount: 25 });
  });

  it('auditEvents is ADMIN only, scoped to the organization, newest first, paged', async () => {
    const a = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const b = await h.seedOrganization(['ADMIN']);
    for (let i = 0; i < 3; i++) await h.call(LOGIN, { email: a.members[1]!.email, password: `wrong-password-${i}` });
    await h.call(LOGIN, { email: b.members[0]!.email, password: 'wrong-password-b' });
    expect(codeOf(await h.call(AUDIT_EVENTS, {}, a.viewerOf(1)))).toBe('FORBIDDEN');
    const first = await h.call(AUDIT_EVENTS, { first: 2 }, a.viewerOf(0));
    const conn = first.data!.auditEvents as { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: AuditNode }[] };
    expect(conn.edges.map((e) => e.node.sequence)).toEqual([4, 3]);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const next = await h.call(AUDIT_EVENTS, { first: 10, after: conn.pageInfo.endCursor }, a.viewerOf(0));
    const rest = (next.data!.auditEvents.edges as { node: AuditNode }[]).map((e) => e.node);
    expect(rest.map((e) => e.sequence)).toEqual([2, 1]);
    expect([...conn.edges.map((e) => e.node), ...rest].every((e) => e.target !== b.members[0]!.id)).toBe(true);
  });
});

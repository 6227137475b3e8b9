/** User administration and the internal lookups the gateway uses (R1, R4, J5 data). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startAuthHarness, type AuthHarness } from './harness';
import { codeOf, rowsOf } from './operations';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(async () => {
  await h?.close();
});

const INVITE = `mutation($e: String!, $r: Role!) { inviteUser(email: $e, role: $r) { id email role acceptedAt user { id email role disabled } } }`;
const DISABLE = `mutation($u: ID!) { disableUser(userId: $u) { id disabled } }`;
const ENABLE = `mutation($u: ID!) { enableUser(userId: $u) { id disabled } }`;
const STATUS = `query($u: ID!) { viewerStatus(userId: $u) { tokenVersion disabled role } }`;

describe('user administration', () => {
  it('inviteUser creates a pending user without a password and stores the invitation; duplicates are CONFLICT', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const email = `New.Person@${o.org.slug}.test`;
    const r = await h.call(INVITE, { e: email, r: 'ANALYST' }, o.viewerOf(0));
    expect(r.errors).toBeUndefined();
    expect(r.data!.inviteUser).toMatchObject({ email: email.toLowerCase(), role: 'ANALYST', acceptedAt: null, user: { email: email.toLowerCase(), disabled: false } });
    const stored = rowsOf<{ password_hash: string | null }>(await h.handle.db.execute(sql`select password_hash from auth.users where id = ${r.data!.inviteUser.user.id}`));
    expect(stored[0]!.password_hash).toBeNull();
    expect(codeOf(await h.call(INVITE, { e: email, r: 'ADMIN' }, o.viewerOf(0)))).toBe('CONFLICT');
    expect(codeOf(await h.call(INVITE, { e: 'x@y.test', r: 'ADMIN' }, o.viewerOf(1)))).toBe('FORBIDDEN');
    expect(codeOf(await h.call(INVITE, { e: 'not an email', r: 'ADMIN' }, o.viewerOf(0)))).toBe('BAD_USER_INPUT');
    const list = await h.call(`{ invitations { email } }`, {}, o.viewerOf(0));
    expect(list.data).toEqual({ invitations: [{ email: email.toLowerCase() }] });
  });

  it('R4 disableUser refuses the last admin; disable and enable bump the token version', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    expect(codeOf(await h.call(DISABLE, { u: o.members[0]!.id }, o.viewerOf(0)))).toBe('CONFLICT');
    expect(codeOf(await h.call(DISABLE, { u: o.members[0]!.id }, o.viewerOf(1)))).toBe('FORBIDDEN');
    expect((await h.call(DISABLE, { u: o.members[1]!.id }, o.viewerOf(0))).data).toEqual({ disableUser: { id: o.members[1]!.id, disabled: true } });
    expect((await h.call(ENABLE, { u: o.members[1]!.id }, o.viewerOf(0))).data).toEqual({ enableUser: { id: o.members[1]!.id, disabled: false } });
    const service = { kind: 'service' as const, service: 'gateway', orgId: o.org.id };
    expect((await h.call(STATUS, { u: o.members[1]!.id }, service)).data).toEqual({ viewerStatus: { tokenVersion: 2, disabled: false, role: 'ANALYST' } });
  });

  it('the internal lookups answer service callers only, within their organization', async () => {
    const a = await h.seedOrganization(['ADMIN']);
    const b = await h.seedOrganization(['ADMIN']);
    expect(codeOf(await h.call(STATUS, { u: a.members[0]!.id }, a.viewerOf(0)))).toBe('FORBIDDEN');
    expect(codeOf(await h.call(`query { apiTokenPrincipal(tokenHash: "x") { userId } }`, {}, a.viewerOf(0)))).toBe('FORBIDDEN');
    const serviceOfB = { kind: 'service' as const, service: 'gateway', orgId: b.org.id };
    expect((await h.call(STATUS, { u: a.members[0]!.id }, serviceOfB)).data).toEqual({ viewerStatus: null });
  });
});

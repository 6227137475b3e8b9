/** TOTP MFA through the subgraph's GraphQL API (M1-M5). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAccessToken } from '@cspmexa/server-kit';
import { totpAt } from '../src/domain/mfa/totp';
import { startAuthHarness, type AuthHarness } from './harness';
import { AUDIT_EVENTS, CONFIRM_MFA, ENROL_MFA, LOGIN, ME, REFRESH, VERIFY_MFA, codeOf, rowsOf } from './operations';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(async () => {
  await h?.close();
});

async function mfaTokenOf(email: string, password: string): Promise<string> {
  const r = await h.call(LOGIN, { email, password });
  expect(r.errors).toBeUndefined();
  expect(r.data!.login).toMatchObject({ mfaRequired: true, accessToken: null, refreshToken: null, user: null });
  return r.data!.login.mfaToken as string;
}

describe('MFA enrolment', () => {
  it('M4 enrol shows the otpauth URI and a QR code once; confirm returns 10 recovery codes; the DB holds ciphertext', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const analyst = o.viewerOf(1);
    const enrolled = await h.call(ENROL_MFA, {}, analyst);
    expect(enrolled.errors).toBeUndefined();
    const { otpauthUri, qrCodeDataUrl } = enrolled.data!.enrolMfa as { otpauthUri: string; qrCodeDataUrl: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/CSPMEXA:.+\?.*secret=[A-Z2-7]{32}/);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const seed = new URL(otpauthUri).searchParams.get('secret')!;

    expect(codeOf(await h.call(CONFIRM_MFA, { c: '000000' }, analyst))).toBe('BAD_USER_INPUT');
    const confirmed = await h.call(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, analyst);
    expect(confirmed.errors).toBeUndefined();
    const codes = confirmed.data!.confirmMfa.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const stored = rowsOf<{ secret_ciphertext: string }>(await h.handle.db.execute(sql`select secret_ciphertext from auth.user_mfa where user_id = ${o.members[1]!.id}`));
    expect(stored[0]!.secret_ciphertext).toMatch(/^v1\./);
    expect(stored[0]!.secret_ciphertext).not.toContain(seed);
    const hashes = rowsOf<{ code_hash: string }>(await h.handle.db.execute(sql`select code_hash from auth.recovery_codes where user_id = ${o.members[1]!.id}`));
    expect(hashes).toHaveLength(10);
    expect(hashes.map((r) => r.code_hash)).not.toContain(codes[0]);
    // A second enrolment cannot silently replace the confirmed factor.
    expect(codeOf(await h.call(ENROL_MFA, {}, analyst))).toBe('CONFLICT');
    const me = await h.call(`{ me { mfaEnrolled mfaRequiredToEnrol } }`, {}, analyst);
    expect(me.data!.me).toEqual({ mfaEnrolled: true, mfaRequiredToEnrol: false });
  });

  it('M5 an admin whose session has not passed MFA is refused admin work (MFA_REQUIRED, audited); enrolling gives a session that passes', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST'], undefined, { adminMfa: false });
    const admin = o.members[0]!;
    // The bootstrap path: a password sign-in without a second factor.
    const signedIn = (await h.call(LOGIN, { email: admin.email, password: o.password })).data!.login as { accessToken: string; refreshToken: string };
    const passwordOnly = h.viewerFromToken(signedIn.accessToken);
    expect(passwordOnly.mfa).toBe(false);
    const me = await h.call(`{ me { mfaEnrolled mfaRequiredToEnrol } }`, {}, passwordOnly);
    expect(me.data!.me).toEqual({ mfaEnrolled: false, mfaRequiredToEnrol: true });
    const assign = `mutation Promote($u: ID!, $r: Role!) { assignRole(userId: $u, role: $r) { id role } }`;
    const r = await h.call(assign, { u: o.members[1]!.id, r: 'ADMIN' }, passwordOnly);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    expect(codeOf(await h.call(AUDIT_EVENTS, {}, passwordOnly))).toBe('FORBIDDEN');

    const seed = new URL((await h.call(ENROL_MFA, {}, passwordOnly)).data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
    const confirmed = await h.call(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, passwordOnly);
    expect(confirmed.errors).toBeUndefined();
    const session = confirmed.data!.confirmMfa.session as { accessToken: string; refreshToken: string; mfaRequired: boolean };
    expect(session.mfaRequired).toBe(false);
    const withMfa = h.viewerFromToken(session.accessToken);
    expect(withMfa.mfa).toBe(true);
    expect((await h.call(assign, { u: o.members[1]!.id, r: 'ADMIN' }, withMfa)).data).toEqual({ assignRole: { id: o.members[1]!.id, role: 'ADMIN' } });
    // The MFA session stays one through refreshes; the password-only sign-in never becomes one.
    const refreshed = (await h.call(REFRESH, { t: session.refreshToken })).data!.refreshToken as { accessToken: string };
    expect(h.viewerFromToken(refreshed.accessToken).mfa).toBe(true);
    const oldFamily = (await h.call(REFRESH, { t: signedIn.refreshToken })).data!.refreshToken as { accessToken: string };
    expect(h.viewerFromToken(oldFamily.accessToken).mfa).toBe(false);

    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['authorization.denied'] } }, withMfa);
    expect(audit.data!.auditEvents.edges.map((e: { node: unknown }) => e.node)).toContainEqual(
      expect.objectContaining({
        actorId: admin.id,
        target: o.members[1]!.id,
        details: expect.objectContaining({ field: 'Mutation.assignRole', operation: 'Promote', reason: 'MFA_REQUIRED', subgraph: 'auth' }),
      }),
    );
  });

  it('M5 a factor removed since the sign-in takes MFA away from the refreshed session', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const analyst = o.members[0]!;
    const passwordOnly = h.viewerFromToken(((await h.call(LOGIN, { email: analyst.email, password: o.password })).data!.login as { accessToken: string }).accessToken);
    const seed = new URL((await h.call(ENROL_MFA, {}, passwordOnly)).data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
    const session = (await h.call(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, passwordOnly)).data!.confirmMfa.session as { accessToken: string; refreshToken: string };
    expect((await h.call(`mutation($p: String!) { disableMfa(password: $p) }`, { p: o.password }, h.viewerFromToken(session.accessToken))).errors).toBeUndefined();
    const refreshed = (await h.call(REFRESH, { t: session.refreshToken })).data!.refreshToken as { accessToken: string };
    expect(h.viewerFromToken(refreshed.accessToken).mfa).toBe(false);
  });
});

describe('MFA at sign-in', () => {
  it('M5 login of an MFA user gives only an MFA-pending token, which is not an access token', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const mfaToken = await mfaTokenOf(o.members[0]!.email, o.password);
    expect(() => verifyAccessToken(mfaToken, h.secrets, { issuer: h.config.JWT_ISSUER, audience: h.config.JWT_AUDIENCE })).toThrow();
    const session = await h.call(VERIFY_MFA, { t: mfaToken, c: await totpAt(o.seeds.get(o.members[0]!.id)!, new Date()) });
    expect(session.errors).toBeUndefined();
    expect(h.viewerFromToken(session.data!.verifyMfa.accessToken)).toMatchObject({ userId: o.members[0]!.id, mfa: true });
    // An access token is not an MFA token either.
    expect(codeOf(await h.call(VERIFY_MFA, { t: session.data!.verifyMfa.accessToken, c: '123456' }))).toBe('UNAUTHENTICATED');
  });

  it('M1 a code is accepted once: the replay fails and an mfa.replay audit entry exists', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const admin = o.members[0]!;
    const code = await totpAt(o.seeds.get(admin.id)!, new Date());
    expect((await h.call(VERIFY_MFA, { t: await mfaTokenOf(admin.email, o.password), c: code })).errors).toBeUndefined();
    const replay = await h.call(VERIFY_MFA, { t: await mfaTokenOf(admin.email, o.password), c: code });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['mfa.replay'] } }, o.viewerOf(0));
    expect(audit.data!.auditEvents.totalCount).toBe(1);
    expect(audit.data!.auditEvents.edges[0].node).toMatchObject({ action: 'mfa.replay', target: admin.id });
  });

  it('a recovery code signs in once', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const viewer = o.viewerOf(0);
    const seed = new URL((await h.call(ENROL_MFA, {}, viewer)).data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
    const codes = (await h.call(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, viewer)).data!.confirmMfa.recoveryCodes as string[];
    const first = await h.call(VERIFY_MFA, { t: await mfaTokenOf(o.members[0]!.email, o.password), r: codes[3]!.toLowerCase() });
    expect(first.errors).toBeUndefined();
    expect(codeOf(await h.call(VERIFY_MFA, { t: await mfaTokenOf(o.members[0]!.email, o.password), r: codes[3] }))).toBe('UNAUTHENTICATED');
  });

  it('M3 50 aliased verifyMfa in one request are rejected: the first wrong code ends the request, and it counts', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const admin = o.members[0]!;
    const t = await mfaTokenOf(admin.email, o.password);
    const ip = { ip: '198.51.100.50' };
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: verifyMfa(mfaToken: $t, code: "${String(i).padStart(6, '0')}") { accessToken }`).join('\n');
    const r = await h.call(`mutation($t: String!) { ${aliases} }`, { t }, null, ip);
    // Mutations run one after another and AuthPayload! is non-null: the first failure ends the whole request.
    expect(r.data).toBeNull();
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // That attempt counted: four more failures reach the limit and the sixth attempt is refused.
    for (let i = 0; i < 4; i++) expect(codeOf(await h.call(VERIFY_MFA, { t, c: '999999' }, null, ip))).toBe('UNAUTHENTICATED');
    const right = await h.call(VERIFY_MFA, { t, c: await totpAt(o.seeds.get(admin.id)!, new Date()) }, null, ip);
    expect(codeOf(right)).toBe('RATE_LIMITED');
    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['mfa.failed', 'mfa.rate_limited'] } }, o.viewerOf(0));
    expect(audit.data!.auditEvents.totalCount).toBe(6);
  });

  it('M3 the 6th failed sign-in of an email is RATE_LIMITED, for unknown emails alike', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    for (const email of [o.members[0]!.email, `ghost-${o.org.id}@example.test`]) {
      const results: (string | undefined)[] = [];
      for (let i = 0; i < 6; i++) results.push(codeOf(await h.call(LOGIN, { email, password: `wrong-password-${i}` })));
      expect(results).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    }
    expect(codeOf(await h.call(LOGIN, { email: o.members[0]!.email, password: o.password }))).toBe('RATE_LIMITED');
  });
});

describe('disabling and resetting MFA', () => {
  it('M5 disabling MFA needs the password; an admin can reset another user\'s MFA', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST']);
    const analyst = o.viewerOf(1);
    await h.enrolMfaDirectly(o.members[1]!);
    const disable = `mutation($p: String!) { disableMfa(password: $p) }`;
    expect(codeOf(await h.call(disable, { p: 'not-my-password' }, analyst))).toBe('UNAUTHENTICATED');
    expect((await h.call(disable, { p: o.password }, analyst)).data).toEqual({ disableMfa: true });
    expect((await h.call(ME, {}, analyst)).errors).toBeUndefined();

    await h.enrolMfaDirectly(o.members[1]!);
    const reset = `mutation($u: ID!) { resetMfa(userId: $u) { id mfaEnrolled } }`;
    expect(codeOf(await h.call(reset, { u: o.members[0]!.id }, analyst))).toBe('FORBIDDEN');
    expect((await h.call(reset, { u: o.members[1]!.id }, o.viewerOf(0))).data).toEqual({ resetMfa: { id: o.members[1]!.id, mfaEnrolled: false } });
    // Admins must keep MFA: they cannot switch it off themselves.
    expect(codeOf(await h.call(disable, { p: o.password }, o.viewerOf(0)))).toBe('CONFLICT');
  });
});

/** TOTP MFA through the subgraph's GraphQL API (M1-M5). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAccessToken } from '@cspmexa/server-kit';
import { totpAt } from '../src/domain/mfa/totp';
import { startAuthHarness, type AuthHarness } from './harness';
import type { UserRecord } from '../src/domain/model';
import { AUDIT_EVENTS, CONFIRM_MFA, ENROL_MFA, LOGIN, LOGOUT, ME, REFRESH, VERIFY_MFA, codeOf, rowsOf } from './operations';

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

  it('M5 L1 the MFA-pending token works once: reused after its session it is refused and audited', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const admin = o.members[0]!;
    const seed = o.seeds.get(admin.id)!;
    const t = await mfaTokenOf(admin.email, o.password);
    expect((await h.call(VERIFY_MFA, { t, c: await totpAt(seed, new Date()) })).errors).toBeUndefined();
    // A fresh, valid code (the next step) with the spent pending token: no second session.
    const again = await h.call(VERIFY_MFA, { t, c: await totpAt(seed, new Date(Date.now() + 30_000)) });
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    expect(again.data).toBeNull();
    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['mfa.pending_token_reused'] } }, o.viewerOf(0));
    expect(audit.data!.auditEvents.edges.map((e: { node: { target: string } }) => e.node.target)).toEqual([admin.id]);
  });

  it('M5 L1 an MFA-pending token issued before a sign-out, a disable or an MFA reset is refused (token version, audited)', async () => {
    const o = await h.seedOrganization(['ADMIN', 'ANALYST', 'ANALYST', 'ANALYST']);
    const [, signedOut, disabled, reset] = o.members as [UserRecord, UserRecord, UserRecord, UserRecord];
    const seeds = new Map([
      [signedOut.id, await h.enrolMfaDirectly(signedOut)],
      [disabled.id, await h.enrolMfaDirectly(disabled)],
      [reset.id, await h.enrolMfaDirectly(reset)],
    ]);
    const sessionOf = async (user: UserRecord) =>
      (await h.call(VERIFY_MFA, { t: await mfaTokenOf(user.email, o.password), c: await totpAt(seeds.get(user.id)!, new Date()) })).data!.verifyMfa;

    // Sign-out (of another session) bumps the token version: the pending sign-in started before it is void.
    const session = await sessionOf(signedOut);
    const pending = await mfaTokenOf(signedOut.email, o.password);
    expect((await h.call(LOGOUT, { t: session.refreshToken })).data).toEqual({ logout: true });
    const afterLogout = await h.call(VERIFY_MFA, { t: pending, c: await totpAt(seeds.get(signedOut.id)!, new Date(Date.now() + 30_000)) });
    expect(codeOf(afterLogout)).toBe('UNAUTHENTICATED');
    // A pending token issued after the sign-out works.
    const fresh = await mfaTokenOf(signedOut.email, o.password);
    expect((await h.call(VERIFY_MFA, { t: fresh, c: await totpAt(seeds.get(signedOut.id)!, new Date(Date.now() + 30_000)) })).errors).toBeUndefined();

    const pendingDisabled = await mfaTokenOf(disabled.email, o.password);
    expect((await h.call(`mutation($u: ID!) { disableUser(userId: $u) { id } }`, { u: disabled.id }, o.viewerOf(0))).errors).toBeUndefined();
    expect((await h.call(`mutation($u: ID!) { enableUser(userId: $u) { id } }`, { u: disabled.id }, o.viewerOf(0))).errors).toBeUndefined();
    expect(codeOf(await h.call(VERIFY_MFA, { t: pendingDisabled, c: await totpAt(seeds.get(disabled.id)!, new Date()) }))).toBe('UNAUTHENTICATED');

    // An MFA reset voids it too, even once the user has enrolled a new device.
    const pendingReset = await mfaTokenOf(reset.email, o.password);
    expect((await h.call(`mutation($u: ID!) { resetMfa(userId: $u) { id } }`, { u: reset.id }, o.viewerOf(0))).errors).toBeUndefined();
    const newSeed = await h.enrolMfaDirectly(reset);
    expect(codeOf(await h.call(VERIFY_MFA, { t: pendingReset, c: await totpAt(newSeed, new Date()) }))).toBe('UNAUTHENTICATED');

    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['mfa.pending_token_stale'] } }, o.viewerOf(0));
    expect(audit.data!.auditEvents.edges.map((e: { node: { target: string } }) => e.node.target).sort()).toEqual([signedOut.id, disabled.id, reset.id].sort());
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

  it('M3 L1 50 aliased verifyMfa in one request count as 50: the request is RATE_LIMITED (audited) and the account locked', async () => {
    const o = await h.seedOrganization(['ADMIN']);
    const admin = o.members[0]!;
    const t = await mfaTokenOf(admin.email, o.password);
    const ip = { ip: '198.51.100.50' };
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: verifyMfa(mfaToken: $t, code: "${String(i).padStart(6, '0')}") { accessToken }`).join('\n');
    const r = await h.call(`mutation($t: String!) { ${aliases} }`, { t }, null, ip);
    expect(r.data).toBeNull();
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    // None of them ran, all of them counted: even the right code is refused now, from another IP too.
    const right = await h.call(VERIFY_MFA, { t, c: await totpAt(o.seeds.get(admin.id)!, new Date()) }, null, { ip: '198.51.100.51' });
    expect(codeOf(right)).toBe('RATE_LIMITED');
    const audit = await h.call(AUDIT_EVENTS, { f: { actions: ['mfa.rate_limited'] } }, o.viewerOf(0));
    expect(audit.data!.auditEvents.edges.map((e: { node: { details: unknown } }) => e.node.details)).toContainEqual({ reason: 'batched', attempts: 50 });
  });

  it('M3 50 aliased login in one request (also through a fragment) count as 50 and lock the email', async () => {
    const o = await h.seedOrganization(['ANALYST']);
    const email = o.members[0]!.email;
    const field = (i: number) => `l${i}: login(email: $e, password: "guess-${i}") { accessToken }`;
    const direct = Array.from({ length: 25 }, (_, i) => field(i)).join('\n');
    const viaFragment = Array.from({ length: 25 }, (_, i) => field(25 + i)).join('\n');
    const r = await h.call(`mutation($e: String!) { ${direct} ...More } fragment More on Mutation { ${viaFragment} }`, { e: email }, null, { ip: '198.51.100.60' });
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(codeOf(await h.call(LOGIN, { email, password: o.password }, null, { ip: '198.51.100.61' }))).toBe('RATE_LIMITED');
    // The same alias twice is one execution, hence one attempt: a normal sign-in request is not refused.
    const other = await h.seedOrganization(['ANALYST']);
    const once = await h.call(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } login(email: $e, password: $p) { accessToken } }`, {
      e: other.members[0]!.email,
      p: other.password,
    });
    expect(once.errors).toBeUndefined();
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

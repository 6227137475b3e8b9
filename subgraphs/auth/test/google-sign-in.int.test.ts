/**
 * Google sign-in end to end (SECURITY.md O1, O2): the whole product behind its gateway, oauth2-mock-server on
 * 127.0.0.1 as Google, and a browser walk (start -> provider -> callback with the transaction cookie ->
 * exchangeLoginCode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@cspmexa/server-kit/testing';
import { startHarness, type Harness } from '../../../test/support/product-harness';
import { callCallback, CLIENT_ID, signInWithGoogle, startGoogleProvider, walkToCallback, type GoogleProvider } from './support/google-provider';
import { AUDIT_EVENTS, CONFIRM_MFA, ENROL_MFA, LOGIN, ME } from './operations';
import { totpAt } from '../src/domain/mfa/totp';

const EXCHANGE = `mutation($code: String!) {
  exchangeLoginCode(code: $code) { accessToken refreshToken mfaRequired mfaToken user { id email role } }
}`;
const PROVIDERS = `{ authProviders { google password } }`;
const INVITE = `mutation($e: String!, $r: Role!) { inviteUser(email: $e, role: $r) { id user { id } } }`;

let google: GoogleProvider;
let product: Harness;
let domainLocked: Harness;

async function startWithGoogle(env: Record<string, string> = {}) {
  const port = await freePort();
  // PUBLIC_URL is the gateway itself, so the exact redirect URI is the gateway's callback.
  return startHarness({ ...google.env, GATEWAY_PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env });
}

beforeAll(async () => {
  google = await startGoogleProvider();
  [product, domainLocked] = await Promise.all([
    startWithGoogle(),
    startWithGoogle({ GOOGLE_ALLOWED_DOMAIN: 'corp.example', GOOGLE_AUTO_PROVISION: 'false', PASSWORD_LOGIN_ENABLED: 'false' }),
  ]);
});
afterAll(async () => {
  await product?.stop();
  await domainLocked?.stop();
  await google?.stop();
});

let uniq = 0;
const someone = (domain = 'gmail.example') => {
  uniq += 1;
  return { sub: `sub-${Date.now()}-${uniq}`, email: `person${uniq}-${Date.now()}@${domain}` };
};

async function exchange(h: Harness, code: string) {
  return h.gql<{ exchangeLoginCode: { accessToken: string | null; refreshToken: string | null; mfaRequired: boolean; mfaToken: string | null; user: { id: string; email: string; role: string } | null } }>(EXCHANGE, { code });
}

/** A full Google sign-in ending in a session; returns the session. */
async function googleSession(h: Harness, user: Parameters<GoogleProvider['signInAs']>[0]) {
  google.signInAs(user);
  const cb = await signInWithGoogle(h.url);
  expect(cb.status, cb.body).toBe(302);
  const r = await exchange(h, cb.loginCode!);
  expect(r.errors).toBeUndefined();
  return r.data!.exchangeLoginCode;
}

/** The bootstrap admin with MFA enrolled (identity administration needs it), and a token. */
async function adminWithMfa(h: Harness): Promise<string> {
  const login = await h.gql<{ login: { accessToken: string } }>(LOGIN, { email: h.adminEmail, password: h.adminPassword });
  const token = login.data!.login.accessToken;
  const enrol = await h.gql<{ enrolMfa: { otpauthUri: string } }>(ENROL_MFA, {}, token);
  const seed = new URL(enrol.data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
  const confirmed = await h.gql<{ confirmMfa: { session: { accessToken: string } } }>(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, token);
  expect(confirmed.errors).toBeUndefined();
  // Enrolling hands out a session that passed MFA: admin work needs it (M5).
  return confirmed.data!.confirmMfa.session.accessToken;
}

describe('Google sign-in through the gateway', () => {
  it('authProviders tells the login page that Google and passwords are available', async () => {
    expect((await product.gql(PROVIDERS)).data).toEqual({ authProviders: { google: true, password: true } });
    expect((await domainLocked.gql(PROVIDERS)).data).toEqual({ authProviders: { google: true, password: false } });
  });

  it('O1 start: code flow with PKCE S256, state, nonce, exact redirect URI; transaction in an HttpOnly SameSite=Lax cookie', async () => {
    const walk = await walkToCallback(product.url);
    const q = walk.authorizationUrl.searchParams;
    expect(`${walk.authorizationUrl.origin}${walk.authorizationUrl.pathname}`).toBe(`${google.issuer}/authorize`);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(CLIENT_ID);
    expect(q.get('redirect_uri')).toBe(`${product.url}/auth/google/callback`);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(q.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(q.get('scope')).toBe('openid email profile');
    expect(walk.setCookieHeader).toMatch(/^cspmexa_google_tx=[^;]+; Max-Age=600; Path=\/auth\/google; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    // Neither state, nonce nor the PKCE verifier is readable in the cookie (sealed, not just signed).
    expect(walk.cookie).not.toContain(q.get('state')!);
  });

  it('O1 a first sign-in creates an ANALYST and lands on the dashboard with a one-time code, not tokens', async () => {
    const who = someone();
    google.signInAs(who);
    const cb = await signInWithGoogle(product.url, '/findings?severity=HIGH');
    expect(cb.status, cb.body).toBe(302);
    expect(cb.location!.startsWith(`${product.url}/login#`)).toBe(true);
    expect(cb.location).not.toMatch(/access|refresh|eyJ/i);
    expect(cb.returnTo).toBe('/findings?severity=HIGH');
    const session = (await exchange(product, cb.loginCode!)).data!.exchangeLoginCode;
    expect(session).toMatchObject({ mfaRequired: false, user: { email: who.email, role: 'ANALYST' } });
    const me = await product.gql<{ me: { email: string } }>(ME, {}, session.accessToken!);
    expect(me.data!.me.email).toBe(who.email);
  });

  it('exchangeLoginCode single use: the second exchange of a code is UNAUTHENTICATED', async () => {
    google.signInAs(someone());
    const cb = await signInWithGoogle(product.url);
    expect((await exchange(product, cb.loginCode!)).data!.exchangeLoginCode.accessToken).toBeTruthy();
    const again = await exchange(product, cb.loginCode!);
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await exchange(product, 'not-a-code')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('O1 missing state -> 400', async () => {
    google.signInAs(someone());
    const walk = await walkToCallback(product.url);
    const noState = new URL(walk.callbackUrl);
    noState.searchParams.delete('state');
    const r = await callCallback(noState, walk.cookie);
    expect(r.status).toBe(400);
    expect(r.loginCode).toBeNull();
    // Without the cookie (another browser) the state alone does not do either.
    expect((await callCallback(walk.callbackUrl)).status).toBe(400);
  });

  it('O1 mismatched state -> 400', async () => {
    google.signInAs(someone());
    const walk = await walkToCallback(product.url);
    const tampered = new URL(walk.callbackUrl);
    tampered.searchParams.set('state', `${walk.callbackUrl.searchParams.get('state')}x`);
    expect((await callCallback(tampered, walk.cookie)).status).toBe(400);
    // A state from another browser's transaction, with this browser's cookie.
    const other = await walkToCallback(product.url);
    expect((await callCallback(other.callbackUrl, walk.cookie)).status).toBe(400);
  });

  it('O1 replayed authorization code fails', async () => {
    google.signInAs(someone());
    const walk = await walkToCallback(product.url);
    const first = await callCallback(walk.callbackUrl, walk.cookie);
    expect(first.status).toBe(302);
    // The same callback again (code, state and cookie captured): refused, no second login code.
    const replay = await callCallback(walk.callbackUrl, walk.cookie);
    expect(replay.status).toBe(400);
    expect(replay.loginCode).toBeNull();
    // The code under a fresh transaction of the attacker's own: the PKCE verifier does not match, refused.
    const fresh = await walkToCallback(product.url);
    const spliced = new URL(fresh.callbackUrl);
    spliced.searchParams.set('code', walk.callbackUrl.searchParams.get('code')!);
    const r = await callCallback(spliced, fresh.cookie);
    expect(r.status).toBe(400);
    expect(r.loginCode).toBeNull();
  });

  it('O1 returnTo=https://evil is ignored', async () => {
    for (const evil of ['https://evil.example/x', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      google.signInAs(someone());
      const cb = await signInWithGoogle(product.url, evil);
      expect(cb.status).toBe(302);
      expect(new URL(cb.location!).origin).toBe(product.url);
      expect(cb.returnTo).toBe('/');
    }
  });

  it('O1 an ID token / userinfo for another client is refused', async () => {
    google.signInAs({ ...someone(), idTokenAudience: 'someone-elses-client.apps.googleusercontent.com' });
    const wrongAudience = await signInWithGoogle(product.url);
    expect(wrongAudience.status).toBe(401);
    expect(wrongAudience.loginCode).toBeNull();
    // userinfo describing another account than the ID token: refused too.
    google.signInAs({ ...someone(), userinfoSub: 'another-subject' });
    expect((await signInWithGoogle(product.url)).status).toBe(401);
  });

  it('O1 an ID token with a bad signature, or signed by a key Google never published, is refused', async () => {
    for (const idTokenSignature of ['flipped', 'foreign-key'] as const) {
      google.signInAs({ ...someone(), idTokenSignature });
      const forged = await signInWithGoogle(product.url);
      expect(forged.status).toBe(401);
      expect(forged.loginCode).toBeNull();
      expect(forged.body).toContain('could not be verified');
    }
  });

  it('J3 a Google ID token and a refresh token are not access tokens: a findings query with either -> 401', async () => {
    const who = someone();
    const session = await googleSession(product, who);
    const FINDINGS = `{ findings(first: 1) { totalCount } }`;
    expect((await product.gql(FINDINGS, {}, session.accessToken!)).status).toBe(200);
    for (const token of [await google.idToken(who), session.refreshToken!]) {
      const r = await product.gql(FINDINGS, {}, token);
      expect(r.status).toBe(401);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('O2 same email different sub -> no takeover', async () => {
    const owner = someone();
    const original = await googleSession(product, owner);
    google.signInAs({ sub: `${owner.sub}-impostor`, email: owner.email });
    const impostor = await signInWithGoogle(product.url);
    expect(impostor.status).toBe(403);
    expect(impostor.loginCode).toBeNull();
    // The owner still signs in as the same user; the impostor's sub was never linked.
    expect((await googleSession(product, owner)).user!.id).toBe(original.user!.id);
    // Nor can a Google account take over the password admin by its email; the attempt is in the admin's audit.
    google.signInAs({ sub: 'admin-lookalike', email: product.adminEmail });
    expect((await signInWithGoogle(product.url)).status).toBe(403);
    const token = await adminWithMfa(product);
    const audit = await product.gql<{ auditEvents: { edges: { node: { details: { reason?: string; method?: string } } }[] } }>(
      AUDIT_EVENTS,
      { f: { actions: ['login.failed'] }, first: 10 },
      token,
    );
    expect(audit.data!.auditEvents.edges.map((e) => e.node.details)).toContainEqual(expect.objectContaining({ method: 'google', reason: 'email_taken' }));
  });

  it('a Google user with MFA gets mfaRequired + mfaToken from exchangeLoginCode, not a session', async () => {
    const who = someone();
    const first = await googleSession(product, who);
    const enrol = await product.gql<{ enrolMfa: { otpauthUri: string } }>(ENROL_MFA, {}, first.accessToken!);
    const seed = new URL(enrol.data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
    expect((await product.gql(CONFIRM_MFA, { c: await totpAt(seed, new Date()) }, first.accessToken!)).errors).toBeUndefined();
    google.signInAs(who);
    const cb = await signInWithGoogle(product.url);
    const r = (await exchange(product, cb.loginCode!)).data!.exchangeLoginCode;
    expect(r).toMatchObject({ mfaRequired: true, accessToken: null, refreshToken: null, user: null });
    expect(r.mfaToken).toBeTruthy();
  });
});

describe('Google sign-in with an allowed domain, invitations only, password sign-in off', () => {
  it('O2 wrong hd -> 403 (also for a consumer account without hd)', async () => {
    google.signInAs({ ...someone('other.example'), hd: 'other.example' });
    expect((await signInWithGoogle(domainLocked.url)).status).toBe(403);
    google.signInAs(someone('corp.example'));
    expect((await signInWithGoogle(domainLocked.url)).status).toBe(403);
  });

  it('an uninvited account of the allowed domain is refused when auto-provisioning is off', async () => {
    google.signInAs({ ...someone('corp.example'), hd: 'corp.example' });
    const r = await signInWithGoogle(domainLocked.url);
    expect(r.status).toBe(403);
  });

  it('invited email links: the first Google sign-in becomes the invited user, later ones too', async () => {
    // Password sign-in is off, but the bootstrap admin keeps it.
    const token = await adminWithMfa(domainLocked);
    const who = { ...someone('corp.example'), hd: 'corp.example' };
    const invited = await domainLocked.gql<{ inviteUser: { user: { id: string } } }>(INVITE, { e: who.email.toUpperCase(), r: 'ADMIN' }, token);
    expect(invited.errors).toBeUndefined();
    const first = await googleSession(domainLocked, who);
    expect(first.user).toMatchObject({ id: invited.data!.inviteUser.user.id, role: 'ADMIN', email: who.email });
    expect((await googleSession(domainLocked, who)).user!.id).toBe(first.user!.id);
    const audit = await domainLocked.gql<{ auditEvents: { edges: { node: { action: string; target: string } }[] } }>(
      AUDIT_EVENTS,
      { f: { actions: ['google.linked', 'login.succeeded'] }, first: 10 },
      token,
    );
    const actions = audit.data!.auditEvents.edges.filter((e) => e.node.target === first.user!.id).map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['google.linked', 'login.succeeded']));
  });

  it('PASSWORD_LOGIN_ENABLED=false refuses password sign-in for everyone but the bootstrap admin', async () => {
    const r = await domainLocked.gql(LOGIN, { email: 'someone@corp.example', password: 'Whatever-Password-1' });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await domainLocked.gql<{ login: { mfaRequired: boolean } }>(LOGIN, { email: domainLocked.adminEmail, password: domainLocked.adminPassword });
    expect(admin.errors).toBeUndefined();
  });
});

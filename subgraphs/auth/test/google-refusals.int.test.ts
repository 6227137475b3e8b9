/**
 * Refused Google callbacks are in the audit trail (L1) with a reason that names what was wrong (O1): the auth
 * subgraph's internal routes driven directly, as the gateway's proxy does, so the rows can be read back.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAssertion } from '@cspmexa/server-kit';
import { startAuthHarness, type AuthHarness } from './harness';
import { rowsOf } from './operations';
import { startGoogleProvider, type GoogleProvider, type GoogleUser } from './support/google-provider';

let google: GoogleProvider;
let h: AuthHarness;
beforeAll(async () => {
  google = await startGoogleProvider();
  h = await startAuthHarness({ ...google.env, PUBLIC_URL: 'http://dashboard.test' });
});
afterAll(async () => {
  await h?.close();
  await google?.stop();
});

/** Start, consent, callback: each hop to auth carries the gateway's assertion, as through the proxy. */
async function signIn(user: GoogleUser): Promise<{ status: number; requestId: string; page: string }> {
  google.signInAs(user);
  const internal = new URL('/internal/google/', h.url);
  const requestId = crypto.randomUUID();
  const headers = () => ({ 'x-cspmexa-assertion': signAssertion(null, { requestId, ip: '192.0.2.7' }, h.secrets.internalSecret) });
  const start = await fetch(new URL('start', internal), { redirect: 'manual', headers: headers() });
  const cookie = start.headers.getSetCookie()[0]!.split(';')[0]!;
  const consent = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location')!);
  const answer = await fetch(new URL(`callback${callback.search}`, internal), { redirect: 'manual', headers: { ...headers(), cookie } });
  return { status: answer.status, requestId, page: await answer.text() };
}

const refusals = async (requestId: string) =>
  rowsOf<{ action: string; details: { reason?: string; method?: string }; ip: string }>(
    await h.handle.db.execute(sql`select action, details, ip from auth.audit_events where request_id = ${requestId}`),
  );

describe('refused Google sign-ins are audited', () => {
  it('L1 O1 a bad ID token signature is refused (401) and audited as id_token_bad_signature', async () => {
    for (const idTokenSignature of ['flipped', 'foreign-key'] as const) {
      const { status, requestId, page } = await signIn({ sub: `sub-${idTokenSignature}`, email: `${idTokenSignature}@example.test`, idTokenSignature });
      expect(status).toBe(401);
      // The refusal page says it in words and hands the code to the dashboard's login page.
      expect(page).toContain('could not be verified');
      expect(page).toContain('http://dashboard.test/login#signInError=UNAUTHENTICATED');
      expect(await refusals(requestId)).toEqual([{ action: 'login.failed', ip: '192.0.2.7', details: { method: 'google', reason: 'id_token_bad_signature' } }]);
    }
  });

  it('L1 O1 an ID token for another client is refused (401) and audited as wrong_audience', async () => {
    const { status, requestId } = await signIn({ sub: 'sub-aud', email: 'aud@example.test', idTokenAudience: 'another-client.apps.googleusercontent.com' });
    expect(status).toBe(401);
    expect(await refusals(requestId)).toEqual([{ action: 'login.failed', ip: '192.0.2.7', details: { method: 'google', reason: 'wrong_audience' } }]);
  });

  it('a genuine ID token passes the same path', async () => {
    const { status, requestId } = await signIn({ sub: 'sub-genuine', email: 'genuine@example.test' });
    expect(status).toBe(302);
    expect((await refusals(requestId)).map((r) => r.action)).not.toContain('login.failed');
  });
});

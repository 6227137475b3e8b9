import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { GoogleSignInRefused } from './errors';
import { verifyIdToken, type IdTokenKeys } from './id-token';

const expected = { clientId: 'client-a', issuers: ['https://accounts.google.com'], nonce: 'nonce-1', now: 1_000 };
const good = { iss: 'https://accounts.google.com', aud: 'client-a', sub: '123', iat: 900, exp: 2_000, nonce: 'nonce-1', email: 'a@b.example' };

let googleKey: CryptoKey;
let otherKey: CryptoKey;
let keys: IdTokenKeys;

beforeAll(async () => {
  const google = await generateKeyPair('RS256', { extractable: true });
  googleKey = google.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(google.publicKey)), kid: 'google-1', alg: 'RS256', use: 'sig' }] });
});

const sign = (claims: Record<string, unknown>, key = googleKey, kid = 'google-1') =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);

async function reasonOf(token: string | Promise<string>): Promise<string> {
  try {
    await verifyIdToken(await token, keys, expected);
    return 'accepted';
  } catch (err) {
    return (err as GoogleSignInRefused).reason;
  }
}

describe('verifyIdToken', () => {
  it('accepts an ID token signed by Google for our client, from Google, with our nonce', async () => {
    await expect(verifyIdToken(await sign(good), keys, expected)).resolves.toMatchObject({ sub: '123', email: 'a@b.example' });
  });

  it('O1 refuses an ID token for another client (also as one of several audiences without azp)', async () => {
    expect(await reasonOf(sign({ ...good, aud: 'client-b' }))).toBe('wrong_audience');
    expect(await reasonOf(sign({ ...good, aud: ['client-b', 'client-a'] }))).toBe('wrong_audience');
    expect(await reasonOf(sign({ ...good, aud: ['client-b', 'client-a'], azp: 'client-a' }))).toBe('accepted');
  });

  it('O1 refuses a bad signature, another key under Google\'s kid, an unknown kid, alg none and HS256', async () => {
    const token = await sign(good);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = Buffer.from(signature, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(await reasonOf(`${header}.${payload}.${flipped.toString('base64url')}`)).toBe('id_token_bad_signature');
    expect(await reasonOf(sign(good, otherKey))).toBe('id_token_bad_signature');
    expect(await reasonOf(sign(good, otherKey, 'attacker-1'))).toBe('id_token_bad_signature');
    const none = `${Buffer.from('{"alg":"none","kid":"google-1"}').toString('base64url')}.${payload}.`;
    expect(await reasonOf(none)).toBe('id_token_bad_signature');
    const hs = await new SignJWT(good).setProtectedHeader({ alg: 'HS256', kid: 'google-1' }).sign(new TextEncoder().encode('x'.repeat(32)));
    expect(await reasonOf(hs)).toBe('id_token_bad_signature');
  });

  it('O1 refuses another issuer, another nonce, an expired token and garbage', async () => {
    expect(await reasonOf(sign({ ...good, iss: 'https://evil.example' }))).toBe('wrong_issuer');
    expect(await reasonOf(sign({ ...good, nonce: 'nonce-2' }))).toBe('nonce_mismatch');
    expect(await reasonOf(sign({ ...good, nonce: undefined }))).toBe('nonce_mismatch');
    expect(await reasonOf(sign({ ...good, exp: 900 }))).toBe('id_token_expired');
    expect(await reasonOf(sign({ ...good, exp: undefined }))).toBe('id_token_invalid');
    expect(await reasonOf('not-a-jwt')).toBe('id_token_invalid');
  });
});

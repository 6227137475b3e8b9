import { describe, expect, it } from 'vitest';
import { checkIdToken } from './id-token';
import { GoogleSignInRefused } from './errors';

const expected = { clientId: 'client-a', issuers: ['https://accounts.google.com'], nonce: 'nonce-1', now: 1_000 };
const token = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify(claims), 'sig'].map((p, i) => (i < 2 ? Buffer.from(p).toString('base64url') : p)).join('.');
const good = { iss: 'https://accounts.google.com', aud: 'client-a', sub: '123', exp: 2_000, nonce: 'nonce-1', email: 'a@b.example' };

const reasonOf = (claims: unknown) => {
  try {
    checkIdToken(typeof claims === 'string' ? claims : token(claims as Record<string, unknown>), expected);
    return 'accepted';
  } catch (err) {
    return (err as GoogleSignInRefused).reason;
  }
};

describe('checkIdToken', () => {
  it('accepts an ID token for our client, from Google, with our nonce', () => {
    expect(checkIdToken(token(good), expected)).toMatchObject({ sub: '123', email: 'a@b.example' });
  });
  it('O1 refuses an ID token for another client (also as one of several audiences without azp)', () => {
    expect(reasonOf({ ...good, aud: 'client-b' })).toBe('wrong_audience');
    expect(reasonOf({ ...good, aud: ['client-b', 'client-a'] })).toBe('wrong_audience');
    expect(reasonOf({ ...good, aud: ['client-b', 'client-a'], azp: 'client-a' })).toBe('accepted');
  });
  it('O1 refuses another issuer, another nonce, an expired token and garbage', () => {
    expect(reasonOf({ ...good, iss: 'https://evil.example' })).toBe('wrong_issuer');
    expect(reasonOf({ ...good, nonce: 'nonce-2' })).toBe('nonce_mismatch');
    expect(reasonOf({ ...good, nonce: undefined })).toBe('nonce_mismatch');
    expect(reasonOf({ ...good, exp: 900 })).toBe('id_token_invalid');
    expect(reasonOf('not-a-jwt')).toBe('id_token_invalid');
  });
});

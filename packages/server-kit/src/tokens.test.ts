import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { loadSecrets } from './secrets';
import { signAccessToken, signAssertion, verifyAccessToken, verifyAssertion } from './tokens';
import { testConfig } from './testing';

const config = testConfig();
const secrets = loadSecrets(config);
const settings = { issuer: 'cspmexa', audience: 'cspmexa-api', ttlSeconds: 900 };
const claims = { sub: 'u1', org: 'o1', role: 'ADMIN' as const, email: 'a@b.test', ver: 0, amr: ['otp', 'mfa'] };

describe('access tokens', () => {
  it('round-trips the claims of a valid ES256 token', () => {
    expect(verifyAccessToken(signAccessToken(claims, secrets, settings), secrets, settings)).toEqual(claims);
  });

  it('M5 reads a token without amr (issued before it existed) as a session without MFA', () => {
    const { amr: _amr, ...older } = claims;
    const t = jwt.sign({ ...older, typ: 'access' }, secrets.jwt.privateKey, { algorithm: 'ES256', keyid: secrets.jwt.kid, issuer: 'cspmexa', audience: 'cspmexa-api', expiresIn: 60 });
    expect(verifyAccessToken(t, secrets, settings).amr).toEqual([]);
  });

  it('refuses a token of another type (refresh, MFA-pending)', () => {
    const t = jwt.sign({ ...claims, typ: 'refresh' }, secrets.jwt.privateKey, { algorithm: 'ES256', keyid: secrets.jwt.kid, issuer: 'cspmexa', audience: 'cspmexa-api', expiresIn: 60 });
    expect(() => verifyAccessToken(t, secrets, settings)).toThrow(/invalid or expired/);
  });

  it('refuses a token signed by a key that is not configured, even with a known kid', () => {
    const other = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const t = jwt.sign({ ...claims, typ: 'access' }, other, { algorithm: 'ES256', keyid: secrets.jwt.kid, issuer: 'cspmexa', audience: 'cspmexa-api', expiresIn: 60 });
    expect(() => verifyAccessToken(t, secrets, settings)).toThrow();
  });

  it('accepts a token of the previous key during a rotation (JWT_PUBLIC_KEY)', () => {
    const previous = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rotated = loadSecrets(testConfig({ JWT_PUBLIC_KEY: previous.publicKey.export({ type: 'spki', format: 'pem' }).toString() }));
    const oldKid = [...rotated.jwt.publicKeys.keys()].find((k) => k !== rotated.jwt.kid)!;
    const t = jwt.sign({ ...claims, typ: 'access' }, previous.privateKey, { algorithm: 'ES256', keyid: oldKid, issuer: 'cspmexa', audience: 'cspmexa-api', expiresIn: 60 });
    expect(verifyAccessToken(t, rotated, settings).sub).toBe('u1');
  });
});

describe('internal assertion', () => {
  it('carries the viewer and request metadata', () => {
    const viewer = { kind: 'user' as const, userId: 'u1', orgId: 'o1', role: 'ANALYST' as const, email: 'a@b.test', mfa: false };
    const out = verifyAssertion(signAssertion(viewer, { requestId: 'r1', ip: '127.0.0.1' }, secrets.internalSecret), secrets.internalSecret);
    expect(out).toMatchObject({ viewer, requestId: 'r1', ip: '127.0.0.1' });
  });

  it('is refused under another secret', () => {
    const t = signAssertion(null, { requestId: 'r' }, 'x'.repeat(32));
    expect(() => verifyAssertion(t, secrets.internalSecret)).toThrow(/assertion/);
  });
});

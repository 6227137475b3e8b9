/** Hand-made JWTs for attack tests: whatever header, payload and signature a client could send. */
import crypto, { type KeyObject } from 'node:crypto';
import type { AppConfig, Secrets } from '@cspmexa/server-kit';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export function encodeJwt(header: Record<string, unknown>, payload: Record<string, unknown>, sign: (data: string) => Buffer): string {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${sign(data).toString('base64url')}`;
}

export const es256 = (key: KeyObject) => (data: string) => crypto.sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' });
export const hs256 = (secret: string | Buffer) => (data: string) => crypto.createHmac('sha256', secret).update(data).digest();

export interface TestUser {
  userId: string;
  orgId: string;
  role?: 'ADMIN' | 'ANALYST';
  email?: string;
}

/** Valid access-token claims for `user`; tests override one field at a time. */
export function accessClaims(config: AppConfig, user: TestUser, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: user.userId,
    org: user.orgId,
    role: user.role ?? 'ANALYST',
    email: user.email ?? `${user.userId}@example.test`,
    ver: 0,
    typ: 'access',
    iss: config.JWT_ISSUER,
    aud: config.JWT_AUDIENCE,
    iat: now,
    exp: now + 300,
    jti: crypto.randomUUID(),
    ...overrides,
  };
}

/** A correctly signed ES256 token with the configured key, with claim overrides. */
export function signedToken(config: AppConfig, secrets: Secrets, user: TestUser, overrides: Record<string, unknown> = {}): string {
  return encodeJwt({ alg: 'ES256', typ: 'JWT', kid: secrets.jwt.kid }, accessClaims(config, user, overrides), es256(secrets.jwt.privateKey));
}

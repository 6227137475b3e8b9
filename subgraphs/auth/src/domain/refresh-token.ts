/** Opaque refresh tokens: 32 random bytes, handed out once, stored only as their sha256. */
import crypto from 'node:crypto';

export function hashRefreshToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newRefreshToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: hashRefreshToken(token) };
}

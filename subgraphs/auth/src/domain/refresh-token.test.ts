import { describe, expect, it } from 'vitest';
import { hashRefreshToken, newRefreshToken } from './refresh-token';

describe('refresh tokens', () => {
  it('are 32 random bytes in base64url, stored as their sha256', () => {
    const { token, tokenHash } = newRefreshToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRefreshToken(token)).toBe(tokenHash);
    expect(newRefreshToken().token).not.toBe(token);
  });
});

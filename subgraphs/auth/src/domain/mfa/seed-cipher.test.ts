import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSeed, encryptSeed } from './seed-cipher';

const key = crypto.randomBytes(32);
const alice = { orgId: 'o1', userId: 'alice' };

describe('seed cipher', () => {
  it('M4 stores ciphertext that decrypts only with the key and for the same user', () => {
    const stored = encryptSeed(key, alice, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('JBSWY3DP');
    expect(decryptSeed(key, alice, stored)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(() => decryptSeed(crypto.randomBytes(32), alice, stored)).toThrow();
    expect(() => decryptSeed(key, { orgId: 'o1', userId: 'mallory' }, stored)).toThrow();
  });
});

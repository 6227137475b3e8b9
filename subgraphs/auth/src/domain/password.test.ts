import { describe, expect, it } from 'vitest';
import { createTimingDecoy, generatePassword, hashPassword, needsRehash, parsePasswordHash, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores the parameters and a per-hash salt in the hash string', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^scrypt\$ln=15,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(parsePasswordHash(a)?.params).toEqual({ ln: 15, r: 8, p: 1 });
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('treats Unicode compositions of the same password as equal', async () => {
    const hash = await hashPassword('caf\u00e9-password');
    expect(await verifyPassword('cafe\u0301-password', hash)).toBe(true);
  });

  it('verifies hashes made with other parameters and flags them for rehash', async () => {
    const cheap = await hashPassword('an older password', { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword('an older password', cheap)).toBe(true);
    expect(needsRehash(cheap)).toBe(true);
    expect(needsRehash(await hashPassword('a current password'))).toBe(false);
  });

  it('refuses malformed hashes and parameters that would exhaust memory, without throwing', async () => {
    const hash = await hashPassword('pw-1234567890');
    expect(await verifyPassword('pw-1234567890', 'plaintext')).toBe(false);
    expect(await verifyPassword('pw-1234567890', hash.replace('ln=15', 'ln=40'))).toBe(false);
    expect(await verifyPassword('pw-1234567890', hash.replace('p=1', 'p=0'))).toBe(false);
    expect(needsRehash('plaintext')).toBe(true);
  });

  it('the timing decoy spends a full verification and never matches', async () => {
    const decoy = createTimingDecoy({ ln: 10, r: 8, p: 1 });
    expect(await decoy('anything')).toBe(false);
    expect(await decoy('anything')).toBe(false);
  });

  it('generates long, distinct passwords', () => {
    const a = generatePassword();
    expect(a).toHaveLength(24);
    expect(a).not.toBe(generatePassword());
  });
});

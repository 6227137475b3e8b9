import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSeed, totpAt } from './totp';

const now = new Date('2025-06-01T12:00:15Z');
const stepsAgo = (n: number) => new Date(now.getTime() - n * 30_000);

describe('TOTP codes', () => {
  it('M2 accepts the code of the previous and next step, refuses two steps away', async () => {
    const seed = newTotpSeed();
    expect(await matchTotp(seed, await totpAt(seed, now), now)).toBe(Math.floor(now.getTime() / 30_000));
    expect(await matchTotp(seed, await totpAt(seed, stepsAgo(1)), now)).not.toBeNull();
    expect(await matchTotp(seed, await totpAt(seed, stepsAgo(-1)), now)).not.toBeNull();
    expect(await matchTotp(seed, await totpAt(seed, stepsAgo(2)), now)).toBeNull();
    expect(await matchTotp(seed, await totpAt(seed, stepsAgo(-2)), now)).toBeNull();
  });

  it('M4 seeds carry at least 160 bits and differ', () => {
    const seed = newTotpSeed();
    expect(seed.length * 5).toBeGreaterThanOrEqual(160);
    expect(newTotpSeed()).not.toBe(seed);
  });

  it('refuses malformed codes without asking otplib', async () => {
    const seed = newTotpSeed();
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5x']) expect(await matchTotp(seed, code, now)).toBeNull();
  });
});

/** RFC 6238 TOTP through otplib 13: 160-bit seeds, 6 digits, 30 s steps, a window of one step either side (M2). */
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;
const SEED_BYTES = 20;
const ISSUER = 'CSPMEXA';

export function newTotpSeed(): string {
  return generateSecret({ length: SEED_BYTES });
}

export function otpauthUri(seed: string, accountLabel: string): string {
  return generateURI({ issuer: ISSUER, label: accountLabel, secret: seed });
}

/** The time step the code belongs to (now, one before or one after), or null when it matches none. */
export async function matchTotp(seed: string, code: string, now: Date): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret: seed, token, epoch: Math.floor(now.getTime() / 1000), epochTolerance: TOTP_PERIOD_SECONDS });
  // The union type also covers HOTP results; a TOTP match always carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code of a given moment (tests and tooling; the product never generates codes for users). */
export function totpAt(seed: string, at: Date): Promise<string> {
  return generate({ secret: seed, epoch: Math.floor(at.getTime() / 1000) });
}

/** Ten one-time recovery codes, shown once and stored as sha256 (M4); typed with or without dashes, any case. */
import crypto from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// Crockford-like alphabet without 0/O and 1/I/L: codes are read off paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function randomCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
}

export function hashRecoveryCode(code: string): string {
  const normalized = code.replace(/[\s-]/g, '').toUpperCase();
  return crypto.createHash('sha256').update(normalized, 'utf8').digest('hex');
}

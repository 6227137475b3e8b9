/**
 * Password hashing with node:crypto scrypt. The hash string carries its own salt and cost parameters
 * (`scrypt$ln=15,r=8,p=1$<salt>$<key>`), so the cost can be raised later without breaking stored hashes.
 */
import crypto from 'node:crypto';

export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

/** N = 2^15, r = 8, p = 1: about 32 MiB and tens of milliseconds per hash (OWASP's scrypt baseline). */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { ln: 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Refuse parameters from a stored hash that would let a tampered row pin a CPU or exhaust memory.
const MAX_LN = 20;
const MAX_R = 16;
const MAX_P = 4;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // scrypt needs 128 * N * r * p bytes; Node's default maxmem (32 MiB) is exactly too small for N=2^15, r=8.
  const maxmem = 2 * 128 * N * params.r * params.p;
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFKC'), salt, keyLength, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

export function parsePasswordHash(stored: string): ParsedHash | null {
  const match = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return null;
  const [, ln, r, p, salt, key] = match;
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (params.ln < 1 || params.ln > MAX_LN || params.r < 1 || params.r > MAX_R || params.p < 1 || params.p > MAX_P) return null;
  const keyBytes = Buffer.from(key!, 'base64url');
  if (keyBytes.length < 16) return null;
  return { params, salt: Buffer.from(salt!, 'base64url'), key: keyBytes };
}

/** Constant-time comparison of the derived key; false (never a throw) for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return crypto.timingSafeEqual(candidate, parsed.key);
}

/** True when the hash was made with other parameters than the current ones: rehash it at the next sign-in. */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): boolean {
  const parsed = parsePasswordHash(stored);
  return !parsed || parsed.params.ln !== params.ln || parsed.params.r !== params.r || parsed.params.p !== params.p;
}

/**
 * Spends the same work as a real verification when there is no hash to check (unknown email, password sign-in
 * off), so that response time does not tell which emails exist.
 */
export function createTimingDecoy(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): (password: string) => Promise<false> {
  let decoyHash: Promise<string> | undefined;
  return async (password) => {
    decoyHash ??= hashPassword(crypto.randomBytes(16).toString('base64url'), params);
    await verifyPassword(password, await decoyHash);
    return false;
  };
}

/** A strong random password for the bootstrap admin (144 bits, URL-safe). */
export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/**
 * The sign-in transaction, bound to the browser (O1): `state`, `nonce`, the PKCE verifier and where to return,
 * sealed with AES-256-GCM (authenticated, so unforgeable, and the verifier stays unreadable) into an HttpOnly
 * cookie that lives ten minutes. The callback accepts only a `state` equal to the one sealed in that cookie.
 */
import crypto from 'node:crypto';

export interface GoogleTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** A same-origin path, already checked by `safeReturnTo`. */
  returnTo: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export const TRANSACTION_COOKIE = 'cspmexa_google_tx';
export const TRANSACTION_TTL_MS = 10 * 60 * 1000;

/** A key of its own, derived from the internal secret, so a transaction can never pass for anything else. */
export function transactionKey(internalSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', internalSecret, 'cspmexa', 'google-sign-in-transaction', 32));
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sealTransaction(key: Buffer, tx: GoogleTransaction): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(tx), 'utf8'), cipher.final()]);
  return [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
}

/** The transaction, or null when the cookie is absent, tampered with, malformed or expired. */
export function openTransaction(key: Buffer, sealed: string | undefined, now: number): GoogleTransaction | null {
  if (!sealed) return null;
  const parts = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  const [iv, body, tag] = parts;
  if (parts.length !== 3 || !iv || !body || !tag || iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    const tx = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as GoogleTransaction;
    return typeof tx.expiresAt === 'number' && tx.expiresAt > now ? tx : null;
  } catch {
    return null;
  }
}

/** Constant-time comparison of the `state` Google sent back with the sealed one. */
export function sameState(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Only a path on the dashboard's own origin (O1): `/findings?x=1` is kept; `https://evil`, `//evil`, `/\evil`
 * and anything that resolves to another origin become `/`.
 */
export function safeReturnTo(raw: unknown, publicUrl: string): string {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f]/.test(raw)) return '/';
  try {
    const base = new URL(publicUrl);
    const resolved = new URL(raw, base);
    return resolved.origin === base.origin ? `${resolved.pathname}${resolved.search}` : '/';
  } catch {
    return '/';
  }
}

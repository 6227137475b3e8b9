/**
 * Small secrets at rest (TOTP seeds, AWS secret access keys): AES-256-GCM under a 32-byte key that lives in
 * configuration, never in the database. The caller names the row the secret belongs to as additional
 * authenticated data, so a ciphertext copied onto another row does not decrypt. Format, all base64url:
 * `v1.<iv>.<tag>.<ciphertext>`.
 */
import crypto from 'node:crypto';

const VERSION = 'v1';

export function sealSecret(key: Buffer, associatedData: string, plaintext: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))].join('.');
}

/** Throws on a wrong key, other associated data, a tampered or malformed value. */
export function openSecret(key: Buffer, associatedData: string, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('unknown sealed secret format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/**
 * TOTP seeds at rest (M4): AES-256-GCM under MFA_ENCRYPTION_KEY, which lives in configuration, not the database.
 * The row's org and user are the additional authenticated data, so a ciphertext copied onto another user's row
 * does not decrypt. Format: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
import crypto from 'node:crypto';

const aad = (orgId: string, userId: string) => Buffer.from(`${orgId}:${userId}`, 'utf8');

export function encryptSeed(key: Buffer, owner: { orgId: string; userId: string }, seed: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv).setAAD(aad(owner.orgId, owner.userId));
  const ciphertext = Buffer.concat([cipher.update(seed, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function decryptSeed(key: Buffer, owner: { orgId: string; userId: string }, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('unknown MFA seed format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(aad(owner.orgId, owner.userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

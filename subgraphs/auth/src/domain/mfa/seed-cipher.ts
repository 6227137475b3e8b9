/**
 * TOTP seeds at rest (M4): server-kit's secret box (AES-256-GCM) under MFA_ENCRYPTION_KEY, which lives in
 * configuration, not the database. The row's org and user are the additional authenticated data, so a ciphertext
 * copied onto another user's row does not decrypt.
 */
import { openSecret, sealSecret } from '@cspmexa/server-kit';

const owner = (o: { orgId: string; userId: string }) => `${o.orgId}:${o.userId}`;

export function encryptSeed(key: Buffer, seedOwner: { orgId: string; userId: string }, seed: string): string {
  return sealSecret(key, owner(seedOwner), seed);
}

export function decryptSeed(key: Buffer, seedOwner: { orgId: string; userId: string }, stored: string): string {
  return openSecret(key, owner(seedOwner), stored);
}

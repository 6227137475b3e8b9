/** A user's TOTP factor as stored, and its store (drizzle in ../../db/mfa.ts). */

export interface MfaFactor {
  orgId: string;
  userId: string;
  /** AES-256-GCM ciphertext of the base32 seed (seed-cipher.ts); never the seed itself. */
  secretCiphertext: string;
  /** Null while enrolment waits for its first code. */
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export interface MfaStore {
  find(orgId: string, userId: string): Promise<MfaFactor | null>;
  /** Stores a new unconfirmed factor, replacing an unconfirmed one; false when a confirmed factor exists. */
  startEnrolment(orgId: string, userId: string, secretCiphertext: string): Promise<boolean>;
  /** Confirms the pending factor with its first accepted step and stores the recovery code hashes, atomically. */
  confirm(orgId: string, userId: string, step: number, now: Date, recoveryCodeHashes: string[]): Promise<boolean>;
  /**
   * Records `step` as the last accepted one if it is later than the stored one (a conditional update): false when
   * the step was already used, also by a concurrent request (M1).
   */
  acceptStep(orgId: string, userId: string, step: number): Promise<boolean>;
  /** Spends one unused recovery code; false when no unused code has this hash. */
  useRecoveryCode(orgId: string, userId: string, codeHash: string, now: Date): Promise<boolean>;
  /** Removes the factor and the recovery codes (reset, disable). */
  remove(orgId: string, userId: string): Promise<void>;
}

export async function isEnrolled(store: MfaStore, orgId: string, userId: string): Promise<boolean> {
  return Boolean((await store.find(orgId, userId))?.confirmedAt);
}

/** MFA-pending tokens already exchanged for a session (M5: each works once). */
export interface SpentMfaTokenStore {
  /** Records the token id as spent; false when it already was (a replayed pending token). */
  spend(orgId: string, jti: string, expiresAt: Date): Promise<boolean>;
}

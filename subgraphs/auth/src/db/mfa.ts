/** TOTP factors and recovery codes, scoped by organization. */
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { MfaStore } from '../domain/mfa/model';
import { recoveryCodes, userMfa } from './schema';

export function createMfaStore(db: Database): MfaStore {
  const ofUser = (orgId: string, userId: string) => and(eq(userMfa.orgId, orgId), eq(userMfa.userId, userId));
  return {
    async find(orgId, userId) {
      const [row] = await db
        .select({
          orgId: userMfa.orgId,
          userId: userMfa.userId,
          secretCiphertext: userMfa.secretCiphertext,
          confirmedAt: userMfa.confirmedAt,
          lastUsedStep: userMfa.lastUsedStep,
        })
        .from(userMfa)
        .where(ofUser(orgId, userId))
        .limit(1);
      return row ?? null;
    },

    async startEnrolment(orgId, userId, secretCiphertext) {
      // Replaces a pending enrolment (the user scanned nothing yet), never a confirmed factor.
      const rows = await db
        .insert(userMfa)
        .values({ orgId, userId, secretCiphertext })
        .onConflictDoUpdate({ target: userMfa.userId, set: { secretCiphertext, lastUsedStep: null }, setWhere: isNull(userMfa.confirmedAt) })
        .returning({ userId: userMfa.userId });
      return rows.length > 0;
    },

    async confirm(orgId, userId, step, now, hashes) {
      return db.transaction(async (tx) => {
        const confirmed = await tx
          .update(userMfa)
          .set({ confirmedAt: now, lastUsedStep: step })
          .where(and(ofUser(orgId, userId), isNull(userMfa.confirmedAt)))
          .returning({ userId: userMfa.userId });
        if (confirmed.length === 0) return false;
        await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.orgId, orgId), eq(recoveryCodes.userId, userId)));
        if (hashes.length > 0) await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ orgId, userId, codeHash })));
        return true;
      });
    },

    async acceptStep(orgId, userId, step) {
      const rows = await db
        .update(userMfa)
        .set({ lastUsedStep: step })
        .where(and(ofUser(orgId, userId), isNotNull(userMfa.confirmedAt), or(isNull(userMfa.lastUsedStep), lt(userMfa.lastUsedStep, step))))
        .returning({ userId: userMfa.userId });
      return rows.length > 0;
    },

    async useRecoveryCode(orgId, userId, codeHash, now) {
      const rows = await db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(
          and(eq(recoveryCodes.orgId, orgId), eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)),
        )
        .returning({ id: recoveryCodes.id });
      return rows.length > 0;
    },

    async remove(orgId, userId) {
      await db.transaction(async (tx) => {
        await tx.delete(recoveryCodes).where(and(eq(recoveryCodes.orgId, orgId), eq(recoveryCodes.userId, userId)));
        await tx.delete(userMfa).where(ofUser(orgId, userId));
      });
    },
  };
}

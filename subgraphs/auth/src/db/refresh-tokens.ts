/** Refresh token queries; rows are looked up by the sha256 of the token, never by the token. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { RefreshTokenStore } from '../domain/model';
import { refreshTokens } from './schema';

export function createRefreshTokenStore(db: Database): RefreshTokenStore {
  return {
    async findByHash(tokenHash) {
      const [row] = await db
        .select({
          id: refreshTokens.id,
          orgId: refreshTokens.orgId,
          userId: refreshTokens.userId,
          familyId: refreshTokens.familyId,
          amr: refreshTokens.amr,
          expiresAt: refreshTokens.expiresAt,
          usedAt: refreshTokens.usedAt,
          revokedAt: refreshTokens.revokedAt,
        })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash))
        .limit(1);
      return row ?? null;
    },

    async insert(token) {
      await db.insert(refreshTokens).values(token);
    },

    async rotate(orgId, spentId, successor, now) {
      return db.transaction(async (tx) => {
        // The conditional update is the arbiter between two concurrent refreshes of the same token: one wins.
        const spent = await tx
          .update(refreshTokens)
          .set({ usedAt: now })
          .where(
            and(
              eq(refreshTokens.orgId, orgId),
              eq(refreshTokens.id, spentId),
              isNull(refreshTokens.usedAt),
              isNull(refreshTokens.revokedAt),
            ),
          )
          .returning({ id: refreshTokens.id });
        if (spent.length === 0) return false;
        await tx.insert(refreshTokens).values(successor);
        return true;
      });
    },

    async revokeFamily(orgId, familyId, now) {
      const revoked = await db
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(and(eq(refreshTokens.orgId, orgId), eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return revoked.length;
    },
  };
}

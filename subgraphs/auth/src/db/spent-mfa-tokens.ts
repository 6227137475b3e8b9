/** Spent MFA-pending tokens (M5 single use). Expired rows are pruned on the way: those tokens fail on `exp` anyway. */
import { lt } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { SpentMfaTokenStore } from '../domain/mfa/model';
import { spentMfaTokens } from './schema';

export function createSpentMfaTokenStore(db: Database, clock: () => Date): SpentMfaTokenStore {
  return {
    async spend(orgId, jti, expiresAt) {
      await db.delete(spentMfaTokens).where(lt(spentMfaTokens.expiresAt, clock()));
      const inserted = await db.insert(spentMfaTokens).values({ jti, orgId, expiresAt }).onConflictDoNothing().returning({ jti: spentMfaTokens.jti });
      return inserted.length === 1;
    },
  };
}

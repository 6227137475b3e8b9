/** One-time login codes; spending is one conditional update, so a code works once even under concurrency. */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { LoginCodeStore } from '../google/model';
import { loginCodes } from './schema';

export function createLoginCodeStore(db: Database): LoginCodeStore {
  return {
    async insert(code) {
      await db.insert(loginCodes).values(code);
    },
    // Pre-authentication: the code hash (globally unique) identifies the row; its org scopes everything after.
    async spend(codeHash, now) {
      const [row] = await db
        .update(loginCodes)
        .set({ usedAt: now })
        .where(and(eq(loginCodes.codeHash, codeHash), isNull(loginCodes.usedAt), gt(loginCodes.expiresAt, now)))
        .returning({ orgId: loginCodes.orgId, userId: loginCodes.userId });
      return row ?? null;
    },
  };
}

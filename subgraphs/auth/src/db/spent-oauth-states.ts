/** Spent OAuth states (O1 replay). Expired rows are pruned on the way: they can no longer be replayed anyway. */
import { lt } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { SpentStateStore } from '../google/model';
import { spentOauthStates } from './schema';

export function createSpentStateStore(db: Database, clock: () => Date): SpentStateStore {
  return {
    async spend(stateHash, expiresAt) {
      await db.delete(spentOauthStates).where(lt(spentOauthStates.expiresAt, clock()));
      const inserted = await db.insert(spentOauthStates).values({ stateHash, expiresAt }).onConflictDoNothing().returning({ stateHash: spentOauthStates.stateHash });
      return inserted.length === 1;
    },
  };
}

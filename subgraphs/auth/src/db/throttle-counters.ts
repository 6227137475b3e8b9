/**
 * The rate limits' shared counters (M3). An update takes the key's row lock inside a transaction, so concurrent
 * failures on any replica apply one after the other and none is lost.
 */
import crypto from 'node:crypto';
import { eq, inArray, lt } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { ThrottleEntry, ThrottleStore } from '../domain/throttle';
import { throttleCounters } from './schema';

const hashKey = (key: string) => crypto.createHash('sha256').update(key, 'utf8').digest('hex');

export function createThrottleStore(db: Database): ThrottleStore {
  return {
    async read(keys, now) {
      if (keys.length === 0) return [];
      const rows = await db
        .select({ failures: throttleCounters.failures, lockedUntil: throttleCounters.lockedUntil, expiresAt: throttleCounters.expiresAt })
        .from(throttleCounters)
        .where(inArray(throttleCounters.keyHash, keys.map(hashKey)));
      return rows.filter((r) => r.expiresAt > now);
    },

    async update(key, now, next) {
      const keyHash = hashKey(key);
      await db.transaction(async (tx) => {
        // An expired placeholder makes the row exist, so that the first failures of two replicas also serialize.
        await tx.insert(throttleCounters).values({ keyHash, failures: 0, lockedUntil: null, expiresAt: now }).onConflictDoNothing();
        const [row] = await tx.select().from(throttleCounters).where(eq(throttleCounters.keyHash, keyHash)).for('update');
        const current: ThrottleEntry | null = row && row.expiresAt > now ? row : null;
        await tx.update(throttleCounters).set(next(current)).where(eq(throttleCounters.keyHash, keyHash));
      });
      await db.delete(throttleCounters).where(lt(throttleCounters.expiresAt, now));
    },

    async remove(keys) {
      if (keys.length > 0) await db.delete(throttleCounters).where(inArray(throttleCounters.keyHash, keys.map(hashKey)));
    },
  };
}

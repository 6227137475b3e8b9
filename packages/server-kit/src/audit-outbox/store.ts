/**
 * Reads and writes of the audit outbox. The drainer acts for the system (every organization's rows); a claim takes
 * due rows with `FOR UPDATE SKIP LOCKED` and moves them past a lease in one statement, so two drainers (replicas,
 * or a request's own flush and the background loop) never hold the same row, and no transaction stays open while
 * auth is called.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../db';
import type { AuditOutboxRow, AuditOutboxTable } from './table';

export type NewAuditOutboxRow = Omit<AuditOutboxRow, 'attempts' | 'lastError'>;

export interface AuditOutboxStore {
  insert(rows: NewAuditOutboxRow[]): Promise<void>;
  /** Due rows (of one request, if named), oldest first, now invisible to other claims until `leaseUntil`. */
  claim(opts: { now: Date; leaseUntil: Date; limit: number; requestId?: string }): Promise<AuditOutboxRow[]>;
  /** Delivered: the trail has them, the queue forgets them. */
  remove(ids: string[]): Promise<void>;
  /** Not delivered: due again at `nextAttemptAt`. */
  postpone(ids: string[], nextAttemptAt: Date, error: string): Promise<void>;
}

export function createAuditOutboxStore(db: Database, t: AuditOutboxTable): AuditOutboxStore {
  return {
    async insert(rows) {
      if (rows.length > 0) await db.insert(t).values(rows);
    },

    async claim({ now, leaseUntil, limit, requestId }) {
      const due = db
        .select({ id: t.id })
        .from(t)
        .where(and(lte(t.nextAttemptAt, now), requestId !== undefined ? eq(t.requestId, requestId) : undefined))
        .orderBy(asc(t.occurredAt), asc(t.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(t)
        .set({ nextAttemptAt: leaseUntil, attempts: sql`${t.attempts} + 1` })
        .where(inArray(t.id, due))
        .returning();
      // RETURNING has no order: the trail should receive an organization's entries in the order they happened.
      return rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.id < b.id ? -1 : 1));
    },

    async remove(ids) {
      if (ids.length > 0) await db.delete(t).where(inArray(t.id, ids));
    },

    async postpone(ids, nextAttemptAt, error) {
      if (ids.length > 0) await db.update(t).set({ nextAttemptAt, lastError: error.slice(0, 500) }).where(inArray(t.id, ids));
    },
  };
}

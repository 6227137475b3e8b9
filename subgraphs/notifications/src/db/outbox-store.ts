/**
 * The email outbox. Reads and writes on behalf of a user are scoped by org_id; the delivery worker claims due rows
 * of every organization (it acts for the system) and then updates each row by its id and org_id.
 */
import { and, asc, count, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { newestFirst, olderThan, type PageRequest } from './keyset';
import { emailOutbox, type EmailOutboxRow, type NewEmailOutboxRow } from './schema';

export type OutboxEntry = Pick<NewEmailOutboxRow, 'orgId' | 'alertId' | 'recipient' | 'subject' | 'bodyText' | 'nextAttemptAt'>;

export interface FailedAttempt {
  id: string;
  orgId: string;
  attempts: number;
  lastError: string;
  /** FAILED once the attempts are exhausted or the error is permanent; the row is then never tried again. */
  status: 'PENDING' | 'FAILED';
  nextAttemptAt: Date;
}

export function createOutboxStore(db: Database) {
  const t = emailOutbox;
  return {
    /** Inserts what is new; an (alert, recipient) pair already queued is skipped. Returns the rows inserted. */
    async enqueue(entries: OutboxEntry[]): Promise<number> {
      if (entries.length === 0) return 0;
      const inserted = await db
        .insert(t)
        .values(entries)
        .onConflictDoNothing({ target: [t.alertId, t.recipient] })
        .returning({ id: t.id });
      return inserted.length;
    },

    /**
     * Claims up to `limit` due rows by moving their next_attempt_at to `leaseUntil`: another worker (replica) skips
     * rows locked by this statement and no longer sees them as due afterwards, and if this process dies mid-send
     * the rows become due again when the lease ends. No transaction stays open while SES is called.
     */
    async claimDue(opts: { now: Date; leaseUntil: Date; limit: number }): Promise<EmailOutboxRow[]> {
      const due = db
        .select({ id: t.id })
        .from(t)
        .where(and(eq(t.status, 'PENDING'), lte(t.nextAttemptAt, opts.now)))
        .orderBy(asc(t.nextAttemptAt))
        .limit(opts.limit)
        .for('update', { skipLocked: true });
      return db
        .update(t)
        .set({ nextAttemptAt: opts.leaseUntil })
        .where(and(inArray(t.id, due), eq(t.status, 'PENDING')))
        .returning();
    },

    async markSent(row: { id: string; orgId: string }, sentAt: Date): Promise<void> {
      await db
        .update(t)
        .set({ status: 'SENT', sentAt, lastError: null })
        .where(and(eq(t.id, row.id), eq(t.orgId, row.orgId)));
    },

    async markFailedAttempt(f: FailedAttempt): Promise<void> {
      await db
        .update(t)
        .set({ status: f.status, attempts: f.attempts, lastError: f.lastError, nextAttemptAt: f.nextAttemptAt })
        .where(and(eq(t.id, f.id), eq(t.orgId, f.orgId)));
    },

    async page(orgId: string, page: PageRequest): Promise<EmailOutboxRow[]> {
      return db
        .select()
        .from(t)
        .where(and(eq(t.orgId, orgId), page.after ? olderThan(t.createdAt, t.id, page.after) : undefined))
        .orderBy(...newestFirst(t.createdAt, t.id))
        .limit(page.limit + 1);
    },

    async count(orgId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(t).where(eq(t.orgId, orgId));
      return row?.n ?? 0;
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;

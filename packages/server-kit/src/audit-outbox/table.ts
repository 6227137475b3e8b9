/**
 * The audit outbox (L1): a table in the ACTING subgraph's own Postgres schema where an action's (or a refusal's)
 * audit entry is written in the subgraph's database before it is delivered to auth's trail. Delivered rows are
 * deleted (this is a queue, not the trail). Each subgraph declares it once in its `db/schema.ts`
 * (`export const auditOutbox = auditOutboxTable(mySchema)`) so drizzle-kit generates the migration.
 */
import { index, integer, jsonb, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { AuditDetailValue } from '../action-audit';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });

export function auditOutboxTable(schema: PgSchema) {
  return schema.table(
    'audit_outbox',
    {
      /** The entry's stable id: auth chains it under this id, once, however often it is delivered. */
      id: uuid('id').primaryKey(),
      /** Text, not uuid: the row is written whatever the caller's ids look like; auth validates them. */
      orgId: text('org_id').notNull(),
      actorId: text('actor_id'),
      apiTokenId: text('api_token_id'),
      /** A reported action name, or `authorization.denied` for a refusal. */
      action: text('action').notNull(),
      target: text('target'),
      details: jsonb('details').$type<Record<string, AuditDetailValue>>().notNull(),
      requestId: text('request_id'),
      ip: text('ip'),
      userAgent: text('user_agent'),
      /** When the action happened; auth keeps it as the entry's time. */
      occurredAt: at('occurred_at').notNull(),
      /** Delivery attempts so far (the backoff grows with them). */
      attempts: integer('attempts').notNull().default(0),
      /** Due from then; a claim moves it forward by a lease, a failure by the backoff. */
      nextAttemptAt: at('next_attempt_at').notNull(),
      lastError: text('last_error'),
    },
    (t) => [index('audit_outbox_due_idx').on(t.nextAttemptAt), index('audit_outbox_request_idx').on(t.requestId)],
  );
}

export type AuditOutboxTable = ReturnType<typeof auditOutboxTable>;
export type AuditOutboxRow = AuditOutboxTable['$inferSelect'];

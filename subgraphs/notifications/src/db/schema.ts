/**
 * The notifications subgraph's tables, in the `notifications` Postgres schema. Every row carries org_id so that
 * every query can be scoped by tenant in this layer.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgSchema, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { auditOutboxTable } from '@cspmexa/server-kit/audit-outbox-table';

export const notificationsSchema = pgSchema('notifications');

// Millisecond precision: timestamps round-trip through JS Dates and pagination cursors without losing a digit.
const timestampMs = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const notificationRules = notificationsSchema.table(
  'notification_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    /** The least severe alert the rule sends; kept as text so the severity list can grow without an enum migration. */
    minSeverity: text('min_severity').notNull(),
    /** Lower-cased addresses, 1 to 20, validated by the domain layer. */
    recipients: text('recipients').array().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestampMs('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('notification_rules_org_created_idx').on(t.orgId, t.createdAt, t.id),
    check('notification_rules_min_severity_check', sql`${t.minSeverity} in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')`),
  ],
);

/**
 * One email to send: written when an alert is raised, drained by the delivery worker. The unique (alert_id,
 * recipient) pair makes a redelivered event a no-op, so nobody gets the same alert twice (X8).
 */
export const emailOutbox = notificationsSchema.table(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    alertId: text('alert_id').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** When the row is next due; while a worker holds the row it is the end of that worker's lease. */
    nextAttemptAt: timestampMs('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestampMs('created_at').notNull().defaultNow(),
    sentAt: timestampMs('sent_at'),
  },
  (t) => [
    unique('email_outbox_alert_recipient_key').on(t.alertId, t.recipient),
    index('email_outbox_org_created_idx').on(t.orgId, t.createdAt, t.id),
    // The worker only ever looks for due PENDING rows: a partial index keeps that scan small as SENT rows pile up.
    index('email_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'PENDING'`),
    check('email_outbox_status_check', sql`${t.status} in ('PENDING', 'SENT', 'FAILED')`),
  ],
);

export type NotificationRuleRow = typeof notificationRules.$inferSelect;
export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
export type NewEmailOutboxRow = typeof emailOutbox.$inferInsert;

/** Audit entries of this subgraph's actions and refusals on their way to auth's trail (server-kit audit outbox). */
export const auditOutbox = auditOutboxTable(notificationsSchema);

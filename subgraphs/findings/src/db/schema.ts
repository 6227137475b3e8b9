/**
 * The findings subgraph's tables, in their own Postgres schema. Every table carries org_id and every query in
 * src/db filters on it. Severity and status are Postgres enums: their declaration order is the sort order, so
 * "most severe first" is a plain ascending index scan.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const findingsSchema = pgSchema('findings');

/** Most severe first (the enum order is the sort order). */
export const severityEnum = findingsSchema.enum('severity', ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
export const findingStatusEnum = findingsSchema.enum('finding_status', ['OPEN', 'REOPENED', 'RESOLVED', 'MUTED']);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const findings = findingsSchema.table(
  'findings',
  {
    id: uuid('id').primaryKey(),
    orgId: text('org_id').notNull(),
    /** sha256 of (org, AWS account, region, check, resource ARN): the identity that rescans upsert (X4). */
    findingKey: text('finding_key').notNull(),
    /** The inventory's AwsAccount entity id (the scan's account), not the 12-digit AWS id. */
    inventoryAccountId: text('inventory_account_id').notNull(),
    resourceId: text('resource_id').notNull(),
    resourceArn: text('resource_arn').notNull(),
    /** The 12-digit AWS account id. */
    accountId: text('account_id').notNull(),
    region: text('region').notNull(),
    checkId: text('check_id').notNull(),
    shortId: text('short_id').notNull(),
    severity: severityEnum('severity').notNull(),
    service: text('service').notNull(),
    title: text('title').notNull(),
    message: text('message').notNull(),
    status: findingStatusEnum('status').notNull(),
    firstSeenAt: at('first_seen_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    resolvedAt: at('resolved_at'),
    statusChangedAt: at('status_changed_at').notNull(),
  },
  (t) => [
    uniqueIndex('findings_finding_key_uq').on(t.findingKey),
    // The default list order: severity, then most recently seen, id as the tie-breaker of the cursor.
    index('findings_org_sort_idx').on(t.orgId, t.severity, t.lastSeenAt.desc(), t.id.desc()),
    index('findings_org_status_idx').on(t.orgId, t.status),
    index('findings_org_check_idx').on(t.orgId, t.checkId),
    index('findings_org_account_idx').on(t.orgId, t.accountId),
    index('findings_org_inventory_account_idx').on(t.orgId, t.inventoryAccountId),
    index('findings_org_resource_idx').on(t.orgId, t.resourceId),
  ],
);

/** Every status transition of a finding. An OPEN or REOPENED row is an alert: Alert.id is this row's id. */
export const findingEvents = findingsSchema.table(
  'finding_events',
  {
    id: uuid('id').primaryKey(),
    orgId: text('org_id').notNull(),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id, { onDelete: 'cascade' }),
    /** Null for the event that created the finding. */
    fromStatus: findingStatusEnum('from_status'),
    toStatus: findingStatusEnum('to_status').notNull(),
    scanId: text('scan_id'),
    at: at('at').notNull(),
  },
  (t) => [index('finding_events_org_finding_idx').on(t.orgId, t.findingId, t.at)],
);

/** One row per evaluated scan: the scan's effect on findings, and the marker that makes evaluation idempotent. */
export const scanEvaluations = findingsSchema.table(
  'scan_evaluations',
  {
    scanId: text('scan_id').primaryKey(),
    orgId: text('org_id').notNull(),
    inventoryAccountId: text('inventory_account_id').notNull(),
    opened: integer('opened').notNull().default(0),
    reopened: integer('reopened').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    unknown: integer('unknown').notNull().default(0),
    total: integer('total').notNull().default(0),
    evaluatedAt: at('evaluated_at').notNull().default(sql`now()`),
  },
  (t) => [index('scan_evaluations_org_idx').on(t.orgId)],
);

export type FindingRow = typeof findings.$inferSelect;
export type NewFindingRow = typeof findings.$inferInsert;
export type FindingEventRow = typeof findingEvents.$inferSelect;
export type ScanEvaluationRow = typeof scanEvaluations.$inferSelect;
export type FindingStatus = (typeof findingStatusEnum.enumValues)[number];
export type Severity = (typeof severityEnum.enumValues)[number];

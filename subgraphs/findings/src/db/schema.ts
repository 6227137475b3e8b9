/**
 * The findings subgraph's tables, in their own Postgres schema. Every table carries org_id and every query in
 * src/db filters on it. Severity and status are Postgres enums: their declaration order is the sort order, so
 * "most severe first" is a plain ascending index scan.
 */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, findingsSchema } from './pg-schema';
import { findingExports, type exportFormatEnum } from './export-schema';
import { auditOutboxTable } from '@cspmexa/server-kit/audit-outbox-table';

export { findingsSchema } from './pg-schema';
export * from './export-schema';
export * from './deleted-account-schema';
export * from './finding-resources-schema';

/** Most severe first (the enum order is the sort order). */
export const severityEnum = findingsSchema.enum('severity', ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
export const findingStatusEnum = findingsSchema.enum('finding_status', ['OPEN', 'REOPENED', 'RESOLVED', 'MUTED']);
export const alertKindEnum = findingsSchema.enum('alert_kind', ['OPENED', 'REOPENED']);

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
    /** While MUTED: the status underneath (OPEN or REOPENED), restored when the mute ends. Null otherwise. */
    unmutedStatus: findingStatusEnum('unmuted_status'),
    /** While MUTED by a rule: that rule. Null for other statuses. */
    muteRuleId: uuid('mute_rule_id'),
    /** The resource's tags at the latest evaluation, so that mute rules can match on them in SQL (`@>`). */
    resourceTags: jsonb('resource_tags').$type<Record<string, string>>().notNull().default({}),
  },
  (t) => [
    uniqueIndex('findings_finding_key_uq').on(t.findingKey),
    // Few indexes, on purpose: every one costs each insert, and a column in any index makes updating it rewrite
    // every index entry. The rescan's UPDATE moves only last_seen_at, so no index holds it: the update is then HOT
    // (the new row version goes on the same page, the indexes are not touched), which the table's fillfactor
    // (migration 0005) leaves room for. Sorting by last seen still works: the default order (severity, then most
    // recently seen) walks this index by severity and sorts within each severity (an incremental sort).
    index('findings_org_severity_idx').on(t.orgId, t.severity),
    // Selective filters; the two account columns together also serve the OR of loadFindingsForEvaluation and the
    // account filter (a BitmapOr needs both), and the inventory one the account purge.
    index('findings_org_check_idx').on(t.orgId, t.checkId),
    index('findings_org_account_idx').on(t.orgId, t.accountId),
    index('findings_org_inventory_account_idx').on(t.orgId, t.inventoryAccountId),
    index('findings_org_resource_idx').on(t.orgId, t.resourceId),
    // The FIRST_SEEN_AT order, the first-seen range filter and the export's paging; first_seen_at never changes.
    index('findings_org_first_seen_idx').on(t.orgId, t.firstSeenAt, t.id),
    // The mute filter, the per-rule counts and the expiry sweep's join only ask for findings a rule mutes, so the
    // index leaves out every other row (null rule) and costs unmuted inserts nothing.
    index('findings_org_mute_rule_idx').on(t.orgId, t.muteRuleId).where(sql`${t.muteRuleId} is not null`),
    // No index on status, service or region: a handful of values each, a filter on them keeps a large share of the
    // org, which a scan of the org's rows answers as well. The text search and resource_arn equality go through
    // finding_resources (its trigram index) and then the org/resource index above.
  ],
);

/** Every status transition of a finding. A row with an alert kind is an alert: Alert.id is this row's id. */
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
    /** The person who made the change (a mute, a rule deletion); null when a scan or the expiry sweep did. */
    actorId: text('actor_id'),
    actorEmail: text('actor_email'),
    /** The mute rule that muted the finding (on changes to MUTED). */
    muteRuleId: uuid('mute_rule_id'),
    /** Why: the mute rule's reason, or what ended the mute. */
    note: text('note'),
    /** Set when this change raised an alert (the problem appeared or came back); a mute ending raises none. */
    alertKind: alertKindEnum('alert_kind'),
    /**
     * For alert rows: the finding's severity when the alert was raised (a later release may change the check's,
     * and the finding row follows it; the alert keeps what it said). Null on other rows and on alerts raised before
     * this column existed (those read the finding's).
     */
    severity: severityEnum('severity'),
    /**
     * For alert rows: when `findings.alert.raised` was published. Null means not yet: the relay
     * publishes it again (X8), so a crash between commit and publish delays an alert but never loses it.
     */
    publishedAt: at('published_at'),
  },
  (t) => [
    index('finding_events_org_finding_idx').on(t.orgId, t.findingId, t.at),
    // The relay's work list: alerts not yet published, oldest first. Partial, so it stays tiny.
    index('finding_events_unpublished_idx')
      .on(t.orgId, t.at)
      .where(sql`${t.publishedAt} is null and ${t.alertKind} is not null`),
    // One evaluation's alerts, paged by id when it publishes them after its commit (all of a scan share `at`, so
    // the index above would sort them all for every page). Partial like it: published alerts leave it.
    index('finding_events_scan_unpublished_idx')
      .on(t.orgId, t.scanId, t.id)
      .where(sql`${t.publishedAt} is null and ${t.alertKind} is not null`),
  ],
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

/**
 * A person's decision to accept a risk: findings matching every given scope are MUTED while the rule lives (and
 * until `expires_at`). An omitted scope matches everything; a rule with no scope at all is refused by the domain.
 */
export const muteRules = findingsSchema.table(
  'mute_rules',
  {
    id: uuid('id').primaryKey(),
    orgId: text('org_id').notNull(),
    reason: text('reason').notNull(),
    checkIds: text('check_ids').array(),
    /** AwsAccount ids or 12-digit AWS account ids. */
    accountIds: text('account_ids').array(),
    regions: text('regions').array(),
    /** The glob as the user wrote it (`*` any characters, `?` one), matched against resource ARN or id. */
    resourcePattern: text('resource_pattern'),
    /** The same glob as a LIKE pattern (with `\\` escapes), so SQL matches exactly what the glob means. */
    resourceLike: text('resource_like'),
    tags: jsonb('tags').$type<Record<string, string>>(),
    /** Set by bulk mute: the rule covers exactly these findings (by deterministic key, so rescans stay muted). */
    findingKeys: text('finding_keys').array(),
    expiresAt: at('expires_at'),
    createdById: text('created_by_id').notNull(),
    createdByEmail: text('created_by_email').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('mute_rules_org_idx').on(t.orgId, t.createdAt), index('mute_rules_expiry_idx').on(t.expiresAt)],
);

/**
 * Per evaluated scan and check: how many resources passed, failed (unmuted), failed but muted, or were unknown.
 * Written at evaluation time so that compliance and the posture trend are reads, not recomputations.
 */
export const scanCheckResults = findingsSchema.table(
  'scan_check_results',
  {
    scanId: text('scan_id').notNull(),
    checkId: text('check_id').notNull(),
    orgId: text('org_id').notNull(),
    inventoryAccountId: text('inventory_account_id').notNull(),
    passed: integer('passed').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    muted: integer('muted').notNull().default(0),
    unknown: integer('unknown').notNull().default(0),
    /**
     * The check's severity when this scan was evaluated, so that a later change in the catalogue does not rewrite
     * the posture trend's history. Null on rows written before the column existed: the catalogue is code, not SQL,
     * so the migration could not fill them, and readers use the check's current catalogue severity instead.
     */
    severity: severityEnum('severity'),
    evaluatedAt: at('evaluated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.scanId, t.checkId] }),
    index('scan_check_results_org_account_idx').on(t.orgId, t.inventoryAccountId, t.evaluatedAt),
  ],
);

export type FindingRow = typeof findings.$inferSelect;
export type NewFindingRow = typeof findings.$inferInsert;

/**
 * A finding seen for the first time, as an evaluation writes it: no id (the database gives it one as it inserts
 * the row, and the history event that opens it in the same statement), and that event's part the row does not
 * say. Nothing in the evaluation refers to a new finding by id, so none is made for it in the client.
 */
export type NewFinding = Omit<NewFindingRow, 'id'> & { opening: OpeningEvent };

/**
 * The first history event of a new finding: from no status to the row's status, at its status_changed_at, with
 * its mute rule. One object is shared by every new finding that opens the same way (most of a first scan's).
 */
export interface OpeningEvent {
  readonly scanId: string;
  /** OPENED, or null when a mute rule covers the finding from the start (no alert, MUTED). */
  readonly alertKind: 'OPENED' | null;
  /** The covering mute rule's reason. */
  readonly note: string | null;
}
export type FindingEventRow = typeof findingEvents.$inferSelect;
export type ScanEvaluationRow = typeof scanEvaluations.$inferSelect;
export type MuteRuleRow = typeof muteRules.$inferSelect;
export type ScanCheckResultRow = typeof scanCheckResults.$inferSelect;
export type ExportRow = typeof findingExports.$inferSelect;
export type ExportFormat = (typeof exportFormatEnum.enumValues)[number];
export type FindingStatus = (typeof findingStatusEnum.enumValues)[number];
export type Severity = (typeof severityEnum.enumValues)[number];

/** Audit entries of this subgraph's actions and refusals on their way to auth's trail (server-kit audit outbox). */
export const auditOutbox = auditOutboxTable(findingsSchema);

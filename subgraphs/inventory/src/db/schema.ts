/**
 * The inventory's tables, in the Postgres schema `inventory`. Every table carries org_id and every query in this
 * folder filters on it (R2). Timestamps keep millisecond precision so that keyset cursors built from JS Dates
 * compare exactly with the stored values.
 */
import { sql } from 'drizzle-orm';
import type { ScanErrorRecord } from '../domain/scan-error';
import type { RegionOutcome } from '../collectors/aws/regions';
import type { ScanProgressRecord } from '../domain/scan-progress-record';
import { boolean, index, integer, jsonb, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { at, inventorySchema } from './pg-schema';
import { auditOutboxTable } from '@cspmexa/server-kit/audit-outbox-table';

export { inventorySchema };

/** SNAPSHOT: the account's scans read a snapshot file (uploaded, or the bundled demo) instead of calling AWS. */
export const awsAuthMethods = ['DEFAULT_CHAIN', 'ASSUME_ROLE', 'ACCESS_KEYS', 'SNAPSHOT'] as const;
export type AwsAuthMethod = (typeof awsAuthMethods)[number];

export const scanStatuses = ['QUEUED', 'RUNNING', 'COMPLETED', 'PARTIAL', 'FAILED', 'CANCELLED'] as const;
export type ScanStatus = (typeof scanStatuses)[number];


/** Per-organization settings; the ExternalId every role trust policy of the org must require (A1). */
export const orgSettings = inventorySchema.table('org_settings', {
  orgId: text('org_id').primaryKey(),
  externalId: text('external_id').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const awsAccounts = inventorySchema.table(
  'aws_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').notNull(),
    name: text('name').notNull(),
    /** The 12-digit AWS account number: from the role ARN, or learned from sts:GetCallerIdentity on a scan. */
    awsAccountId: text('aws_account_id'),
    authMethod: text('auth_method').$type<AwsAuthMethod>().notNull(),
    roleArn: text('role_arn'),
    /**
     * ACCESS_KEYS accounts (A3): the access key id and secret, sealed together with server-kit's secret box under
     * CREDENTIALS_ENCRYPTION_KEY (org and account id as associated data). Never selected into an API answer.
     */
    accessKeysSealed: text('access_keys_sealed'),
    /** The last 4 characters of the access key id: all the API ever shows of the keys. */
    accessKeyIdLast4: text('access_key_id_last4'),
    /** Regions to scan; null means every enabled region (used once regional services are collected). */
    regions: jsonb('regions').$type<string[]>(),
    /** Cron expression (croner syntax, UTC) of the account's scheduled scans; null means no schedule. */
    scanSchedule: text('scan_schedule'),
    /** The fictional demo account (a SNAPSHOT account reading the bundled demo snapshot); at most one per org. */
    demo: boolean('demo').notNull().default(false),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('aws_accounts_org_created_idx').on(t.orgId, t.createdAt, t.id),
    uniqueIndex('aws_accounts_org_role_arn_key').on(t.orgId, t.roleArn).where(sql`role_arn is not null`),
    // addDemoAccount is idempotent even when two admins press the button at once.
    uniqueIndex('aws_accounts_one_demo_per_org').on(t.orgId).where(sql`demo`),
  ],
);

export const scans = inventorySchema.table(
  'scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => awsAccounts.id, { onDelete: 'cascade' }),
    status: text('status').$type<ScanStatus>().notNull(),
    queuedAt: at('queued_at').notNull().defaultNow(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    /** Bumped while the scan runs, so that a scan whose worker died can be told from a long one (X5). */
    heartbeatAt: at('heartbeat_at'),
    resourceCount: integer('resource_count').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    errors: jsonb('errors').$type<ScanErrorRecord[]>().notNull().default([]),
    failureReason: text('failure_reason'),
    /** Each region the scan considered, SCANNED or SKIPPED with a reason (X2). */
    regions: jsonb('regions').$type<RegionOutcome[]>().notNull().default([]),
    /** The last progress report of a running scan, so that any replica can answer a progress lookup. */
    progress: jsonb('progress').$type<ScanProgressRecord>(),
    /** Set by cancelScan on a RUNNING scan; the worker (maybe another replica) sees it at its next progress write. */
    cancelRequestedAt: at('cancel_requested_at'),
  },
  (t) => [
    index('scans_org_queued_idx').on(t.orgId, t.queuedAt, t.id),
    index('scans_org_account_queued_idx').on(t.orgId, t.accountId, t.queuedAt),
    // One scan at a time per account, enforced by the database so that two concurrent startScan calls cannot both win.
    uniqueIndex('scans_one_active_per_account').on(t.accountId).where(sql`status in ('QUEUED', 'RUNNING')`),
  ],
);

export const resources = inventorySchema.table(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => awsAccounts.id, { onDelete: 'cascade' }),
    arn: text('arn').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    region: text('region').notNull(),
    /** The AWS account number the resource lives in (the normalized resource's accountId). */
    awsAccountId: text('aws_account_id').notNull(),
    tags: jsonb('tags').$type<Record<string, string>>(),
    /** The normalized resource (e.g. S3Bucket from @cspmexa/resources), as checks read it. */
    data: jsonb('data').$type<unknown>().notNull(),
    firstSeenAt: at('first_seen_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    lastScanId: uuid('last_scan_id').notNull(),
    /** sha256 of the canonical normalized config (activity timestamps left out): rescans diff only what changed. */
    configHash: text('config_hash'),
    /** Set when a scan that could have listed the resource no longer saw it; cleared if it comes back. */
    deletedAt: at('deleted_at'),
  },
  (t) => [
    uniqueIndex('resources_org_account_arn_key').on(t.orgId, t.accountId, t.arn),
    index('resources_org_arn_idx').on(t.orgId, t.arn, t.id),
    index('resources_org_last_scan_idx').on(t.orgId, t.lastScanId),
  ],
);

export * from './history-schema';
export * from './snapshot-schema';

export type { ScanErrorRecord };
export type AwsAccountRow = typeof awsAccounts.$inferSelect;
export type ScanRow = typeof scans.$inferSelect;
export type ResourceRow = typeof resources.$inferSelect;

/** Audit entries of this subgraph's actions and refusals on their way to auth's trail (server-kit audit outbox). */
export const auditOutbox = auditOutboxTable(inventorySchema);

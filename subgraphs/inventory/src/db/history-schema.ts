/**
 * The change history of resources (re-exported by schema.ts, which drizzle-kit reads). One row per resource a
 * scan saw change: created (after the account's first scan), modified (the config diff), or deleted.
 */
import { index, integer, jsonb, text, uuid } from 'drizzle-orm/pg-core';
import type { ConfigChange } from '../domain/config-diff';
import { at, inventorySchema } from './pg-schema';
import { awsAccounts, resources, scans } from './schema';

export const resourceChangeTypes = ['CREATED', 'MODIFIED', 'DELETED'] as const;
export type ResourceChangeType = (typeof resourceChangeTypes)[number];

export const resourceChanges = inventorySchema.table(
  'resource_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').notNull(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => awsAccounts.id, { onDelete: 'cascade' }),
    scanId: uuid('scan_id')
      .notNull()
      .references(() => scans.id, { onDelete: 'cascade' }),
    changeType: text('change_type').$type<ResourceChangeType>().notNull(),
    /** The scan's finish time: every change a scan records shares it. */
    changedAt: at('changed_at').notNull(),
    /** Copied from the resource so that the inventory-wide list filters and sorts without a join. */
    kind: text('kind').notNull(),
    region: text('region').notNull(),
    arn: text('arn').notNull(),
    /** What changed (MODIFIED), at most MAX_DIFF_ENTRIES entries; empty for CREATED and DELETED. */
    diff: jsonb('diff').$type<ConfigChange[]>().notNull().default([]),
    /** How many paths changed in all (can exceed the stored diff's length). */
    changeCount: integer('change_count').notNull().default(0),
  },
  (t) => [
    index('resource_changes_org_changed_idx').on(t.orgId, t.changedAt, t.id),
    index('resource_changes_resource_idx').on(t.orgId, t.resourceId, t.changedAt, t.id),
    index('resource_changes_scan_idx').on(t.orgId, t.scanId),
  ],
);

export type ResourceChangeRow = typeof resourceChanges.$inferSelect;

/** The tombstones of deleted inventory accounts (re-exported by schema.ts, which drizzle-kit reads). */
import { primaryKey, text } from 'drizzle-orm/pg-core';
import { at, findingsSchema } from './pg-schema';

/**
 * An AwsAccount that inventory deleted and whose findings were purged. An evaluation of one of its scans that was
 * already under way when the account went (snapshot fetched, checks running) sees the tombstone under the org's
 * evaluation lock and writes nothing, so the purge cannot be undone by a late evaluation.
 */
export const deletedAccounts = findingsSchema.table(
  'deleted_accounts',
  {
    orgId: text('org_id').notNull(),
    inventoryAccountId: text('inventory_account_id').notNull(),
    deletedAt: at('deleted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.inventoryAccountId] })],
);

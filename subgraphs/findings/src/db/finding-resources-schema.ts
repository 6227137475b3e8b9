/** The resources findings are about, for the text search (re-exported by schema.ts, which drizzle-kit reads). */
import { index, primaryKey, text } from 'drizzle-orm/pg-core';
import { findingsSchema } from './pg-schema';

/**
 * One row per resource an org has findings about: its ARN, indexed by trigrams for the text search
 * (`filter.search`, ILIKE '%text%', which no btree can serve). The index lives here rather than on the findings
 * because a resource has several findings (3.6 on the bench's estate, one per failing check): each finding's ARN
 * cost every insert its ~50 trigrams, a fifth of the upsert's database time. The filter turns the matching
 * resources into `findings.resource_id = any(...)`, which the org/resource index answers.
 *
 * The inventory's resource id names one ARN for its life (it is the row of (org, account, ARN)), so a row is
 * written once and never updated; the account purge deletes the account's rows with its findings (through the org
 * prefix of the primary key: purges are rare, and another index would cost every insert).
 */
export const findingResources = findingsSchema.table(
  'finding_resources',
  {
    orgId: text('org_id').notNull(),
    resourceId: text('resource_id').notNull(),
    inventoryAccountId: text('inventory_account_id').notNull(),
    resourceArn: text('resource_arn').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.resourceId] }),
    // Needs pg_trgm (migration 0002 creates it; server-kit loads it into PGlite); serves "=" too (pg_trgm >= 1.6).
    index('finding_resources_arn_trgm_idx').using('gin', t.resourceArn.op('gin_trgm_ops')),
  ],
);

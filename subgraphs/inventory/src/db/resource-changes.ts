/** Reading the change history: newest first, keyset-paginated on (changed_at, id) descending. */
import { and, count, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { resourceChanges, type ResourceChangeRow, type ResourceChangeType } from './schema';

export interface ResourceChangeFilter {
  resourceId?: string;
  accountId?: string;
  kind?: string;
  region?: string;
  changeTypes?: ResourceChangeType[];
  scanId?: string;
  since?: Date;
  until?: Date;
}

export async function listResourceChanges(
  db: Database,
  orgId: string,
  filter: ResourceChangeFilter,
  page: { limit: number; after: { at: Date; id: string } | null },
): Promise<{ rows: ResourceChangeRow[]; total: number }> {
  const c = resourceChanges;
  const scope = and(
    eq(c.orgId, orgId),
    filter.resourceId ? eq(c.resourceId, filter.resourceId) : undefined,
    filter.accountId ? eq(c.accountId, filter.accountId) : undefined,
    filter.kind ? eq(c.kind, filter.kind) : undefined,
    filter.region ? eq(c.region, filter.region) : undefined,
    filter.changeTypes?.length ? inArray(c.changeType, filter.changeTypes) : undefined,
    filter.scanId ? eq(c.scanId, filter.scanId) : undefined,
    filter.since ? gte(c.changedAt, filter.since) : undefined,
    filter.until ? lt(c.changedAt, filter.until) : undefined,
  );
  const after = page.after ? or(lt(c.changedAt, page.after.at), and(eq(c.changedAt, page.after.at), lt(c.id, page.after.id))) : undefined;
  const rows = await db
    .select()
    .from(c)
    .where(and(scope, after))
    .orderBy(desc(c.changedAt), desc(c.id))
    .limit(page.limit + 1);
  const [total] = await db.select({ n: count() }).from(c).where(scope);
  return { rows, total: total?.n ?? 0 };
}

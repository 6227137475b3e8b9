import { and, asc, count, eq, gt, ilike, isNull, or } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { resources, type ResourceRow } from './schema';

export interface ResourceFilter {
  kind?: string;
  accountId?: string;
  region?: string;
  /** Case-insensitive substring of the name or ARN. */
  text?: string;
  /** Also list resources a scan found deleted (hidden by default). */
  includeDeleted?: boolean;
}

export async function findResource(db: Database, orgId: string, id: string): Promise<ResourceRow | undefined> {
  const [row] = await db.select().from(resources).where(and(eq(resources.orgId, orgId), eq(resources.id, id)));
  return row;
}

/** Escapes LIKE wildcards so that user text matches literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Ordered by ARN (stable and meaningful to read), keyset-paginated on (arn, id). */
export async function listResources(
  db: Database,
  orgId: string,
  filter: ResourceFilter,
  page: { limit: number; after: { arn: string; id: string } | null },
): Promise<{ rows: ResourceRow[]; total: number }> {
  const scope = and(
    eq(resources.orgId, orgId),
    filter.kind ? eq(resources.kind, filter.kind) : undefined,
    filter.accountId ? eq(resources.accountId, filter.accountId) : undefined,
    filter.region ? eq(resources.region, filter.region) : undefined,
    filter.text ? or(ilike(resources.name, likePattern(filter.text)), ilike(resources.arn, likePattern(filter.text))) : undefined,
    filter.includeDeleted ? undefined : isNull(resources.deletedAt),
  );
  const after = page.after
    ? or(gt(resources.arn, page.after.arn), and(eq(resources.arn, page.after.arn), gt(resources.id, page.after.id)))
    : undefined;
  const rows = await db
    .select()
    .from(resources)
    .where(and(scope, after))
    .orderBy(asc(resources.arn), asc(resources.id))
    .limit(page.limit + 1);
  const [total] = await db.select({ n: count() }).from(resources).where(scope);
  return { rows, total: total?.n ?? 0 };
}

/** The resources a scan saw (their last_scan_id is that scan): what the findings engine evaluates. */
export async function resourcesOfScan(db: Database, orgId: string, scanId: string): Promise<ResourceRow[]> {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.lastScanId, scanId)))
    .orderBy(asc(resources.arn));
}

/** One page of a scan's resources after `afterArn`, for streaming them (exports) without loading them all. */
export async function resourcesOfScanPage(db: Database, orgId: string, scanId: string, afterArn: string | null, limit: number): Promise<ResourceRow[]> {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.lastScanId, scanId), afterArn === null ? undefined : gt(resources.arn, afterArn)))
    .orderBy(asc(resources.arn))
    .limit(limit);
}

import { and, asc, count, eq, gt, ilike, or, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { resources, type ResourceRow } from './schema';

export interface ResourceToStore {
  arn: string;
  kind: string;
  name: string;
  region: string;
  awsAccountId: string;
  tags: Record<string, string> | null;
  data: unknown;
}

export interface ResourceFilter {
  kind?: string;
  accountId?: string;
  region?: string;
  /** Case-insensitive substring of the name or ARN. */
  text?: string;
}

const UPSERT_BATCH = 500;

/**
 * Inserts new resources and refreshes known ones: first_seen_at is kept, last_seen_at and last_scan_id move to
 * this scan. Meant to run inside the transaction that also finishes the scan.
 */
export async function upsertResources(
  db: Database,
  orgId: string,
  accountId: string,
  scanId: string,
  seenAt: Date,
  items: ResourceToStore[],
): Promise<void> {
  for (let i = 0; i < items.length; i += UPSERT_BATCH) {
    const batch = items.slice(i, i + UPSERT_BATCH).map((r) => ({
      ...r,
      orgId,
      accountId,
      firstSeenAt: seenAt,
      lastSeenAt: seenAt,
      lastScanId: scanId,
    }));
    await db
      .insert(resources)
      .values(batch)
      .onConflictDoUpdate({
        target: [resources.orgId, resources.accountId, resources.arn],
        set: {
          kind: sql`excluded.kind`,
          name: sql`excluded.name`,
          region: sql`excluded.region`,
          awsAccountId: sql`excluded.aws_account_id`,
          tags: sql`excluded.tags`,
          data: sql`excluded.data`,
          lastSeenAt: sql`excluded.last_seen_at`,
          lastScanId: sql`excluded.last_scan_id`,
        },
      });
  }
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

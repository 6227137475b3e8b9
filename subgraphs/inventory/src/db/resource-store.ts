/**
 * Writing a scan's resources, batch by batch: each function is one statement over up to a batch of resources,
 * so a scan costs a handful of queries per 500 resources whatever the estate's size. Meant to run inside the
 * transaction that also finishes the scan.
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { resourceChanges, resources } from './schema';

export interface ResourceToStore {
  arn: string;
  kind: string;
  name: string;
  region: string;
  awsAccountId: string;
  tags: Record<string, string> | null;
  data: unknown;
  configHash: string;
}

export interface KnownResource {
  id: string;
  configHash: string | null;
  deletedAt: Date | null;
}

export type NewResourceChange = typeof resourceChanges.$inferInsert;

export async function accountHasResources(db: Database, orgId: string, accountId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: resources.id })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.accountId, accountId)))
    .limit(1);
  return row !== undefined;
}

/** The stored fingerprint of each of these ARNs that the account already has. */
export async function knownResources(db: Database, orgId: string, accountId: string, arns: string[]): Promise<Map<string, KnownResource>> {
  if (arns.length === 0) return new Map();
  const rows = await db
    .select({ id: resources.id, arn: resources.arn, configHash: resources.configHash, deletedAt: resources.deletedAt })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.accountId, accountId), inArray(resources.arn, arns)));
  return new Map(rows.map((r) => [r.arn, { id: r.id, configHash: r.configHash, deletedAt: r.deletedAt }]));
}

/** The stored configs of these resources: read only for those whose fingerprint moved. */
export async function storedConfigs(db: Database, orgId: string, ids: string[]): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: resources.id, data: resources.data })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), inArray(resources.id, ids)));
  return new Map(rows.map((r) => [r.id, r.data]));
}

/**
 * Inserts new resources and refreshes known ones: first_seen_at is kept, last_seen_at and last_scan_id move to
 * this scan, a deleted resource that is back is no longer deleted. Returns each row's id by ARN.
 */
export async function upsertResourceBatch(
  db: Database,
  scope: { orgId: string; accountId: string; scanId: string; seenAt: Date },
  items: ResourceToStore[],
): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const { orgId, accountId, scanId, seenAt } = scope;
  const rows = await db
    .insert(resources)
    .values(items.map((r) => ({ ...r, orgId, accountId, firstSeenAt: seenAt, lastSeenAt: seenAt, lastScanId: scanId, deletedAt: null })))
    .onConflictDoUpdate({
      target: [resources.orgId, resources.accountId, resources.arn],
      set: {
        kind: sql`excluded.kind`,
        name: sql`excluded.name`,
        region: sql`excluded.region`,
        awsAccountId: sql`excluded.aws_account_id`,
        tags: sql`excluded.tags`,
        data: sql`excluded.data`,
        configHash: sql`excluded.config_hash`,
        lastSeenAt: sql`excluded.last_seen_at`,
        lastScanId: sql`excluded.last_scan_id`,
        deletedAt: sql`null`,
      },
    })
    .returning({ id: resources.id, arn: resources.arn });
  return new Map(rows.map((r) => [r.arn, r.id]));
}

export async function insertResourceChanges(db: Database, changes: NewResourceChange[]): Promise<void> {
  if (changes.length > 0) await db.insert(resourceChanges).values(changes);
}

/** The account's live resources this scan did not see. */
export async function unseenResources(db: Database, orgId: string, accountId: string, scanId: string) {
  return db
    .select({ id: resources.id, arn: resources.arn, kind: resources.kind, region: resources.region })
    .from(resources)
    .where(and(eq(resources.orgId, orgId), eq(resources.accountId, accountId), ne(resources.lastScanId, scanId), isNull(resources.deletedAt)));
}

export async function markDeleted(db: Database, orgId: string, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(resources)
    .set({ deletedAt: at })
    .where(and(eq(resources.orgId, orgId), inArray(resources.id, ids)));
}

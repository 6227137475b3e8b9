import { and, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { RegionOutcome } from '../collectors/aws/regions';
import type { ScanProgressRecord } from '../domain/scan-progress-record';
import { isUniqueViolation } from './pg-errors';
import { scans, type ScanErrorRecord, type ScanRow, type ScanStatus } from './schema';

const ACTIVE: ScanStatus[] = ['QUEUED', 'RUNNING'];

/** Thrown when the account already has a QUEUED or RUNNING scan (the partial unique index refused the insert). */
export class ActiveScanExistsError extends Error {
  constructor() {
    super('a scan is already queued or running for this account');
  }
}

export async function insertQueuedScan(db: Database, orgId: string, accountId: string): Promise<ScanRow> {
  try {
    const [row] = await db.insert(scans).values({ orgId, accountId, status: 'QUEUED' }).returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (err) {
    if (isUniqueViolation(err, 'scans_one_active_per_account')) throw new ActiveScanExistsError();
    throw err;
  }
}

export async function findScan(db: Database, orgId: string, id: string): Promise<ScanRow | undefined> {
  const [row] = await db.select().from(scans).where(and(eq(scans.orgId, orgId), eq(scans.id, id)));
  return row;
}

export async function latestScan(db: Database, orgId: string, accountId: string): Promise<ScanRow | undefined> {
  const [row] = await db
    .select()
    .from(scans)
    .where(and(eq(scans.orgId, orgId), eq(scans.accountId, accountId)))
    .orderBy(desc(scans.queuedAt), desc(scans.id))
    .limit(1);
  return row;
}

/** Newest first, keyset-paginated on (queued_at, id) descending. */
export async function listScans(
  db: Database,
  orgId: string,
  filter: { accountId?: string },
  page: { limit: number; after: { queuedAt: Date; id: string } | null },
): Promise<{ rows: ScanRow[]; total: number }> {
  const scope = and(eq(scans.orgId, orgId), filter.accountId ? eq(scans.accountId, filter.accountId) : undefined);
  const after = page.after
    ? or(lt(scans.queuedAt, page.after.queuedAt), and(eq(scans.queuedAt, page.after.queuedAt), lt(scans.id, page.after.id)))
    : undefined;
  const rows = await db
    .select()
    .from(scans)
    .where(and(scope, after))
    .orderBy(desc(scans.queuedAt), desc(scans.id))
    .limit(page.limit + 1);
  const [total] = await db.select({ n: count() }).from(scans).where(scope);
  return { rows, total: total?.n ?? 0 };
}

/** QUEUED -> RUNNING; false when the scan is no longer queued (already taken or failed by recovery). */
export async function markRunning(db: Database, orgId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(scans)
    .set({ status: 'RUNNING', startedAt: now, heartbeatAt: now })
    .where(and(eq(scans.orgId, orgId), eq(scans.id, id), eq(scans.status, 'QUEUED')))
    .returning({ id: scans.id });
  return rows.length === 1;
}

export async function touchHeartbeat(db: Database, orgId: string, id: string, now: Date): Promise<void> {
  await db.update(scans).set({ heartbeatAt: now }).where(and(eq(scans.orgId, orgId), eq(scans.id, id), eq(scans.status, 'RUNNING')));
}

export interface ScanOutcome {
  status: Extract<ScanStatus, 'COMPLETED' | 'PARTIAL' | 'FAILED' | 'CANCELLED'>;
  finishedAt: Date;
  resourceCount: number;
  errorCount: number;
  errors: ScanErrorRecord[];
  failureReason: string | null;
  regions: RegionOutcome[];
  progress?: ScanProgressRecord;
}

export async function finishScan(db: Database, orgId: string, id: string, outcome: ScanOutcome): Promise<void> {
  await db
    .update(scans)
    .set(outcome)
    .where(and(eq(scans.orgId, orgId), eq(scans.id, id), inArray(scans.status, ACTIVE)));
}

/**
 * Fails RUNNING scans whose worker stopped beating (a crash or a restart), across all orgs: this is housekeeping,
 * not a tenant request. Returns the scans it failed so that their events can be sent.
 */
export async function failAbandonedScans(
  db: Database,
  staleBefore: Date,
  now: Date,
): Promise<{ id: string; orgId: string; accountId: string }[]> {
  const lastSignOfLife = sql`coalesce(${scans.heartbeatAt}, ${scans.startedAt}, ${scans.queuedAt})`;
  return db
    .update(scans)
    .set({ status: 'FAILED', finishedAt: now, failureReason: 'The scan was interrupted (the worker stopped); start it again.' })
    .where(and(eq(scans.status, 'RUNNING'), lt(lastSignOfLife, staleBefore)))
    .returning({ id: scans.id, orgId: scans.orgId, accountId: scans.accountId });
}

/** Scans waiting for a worker, across orgs: re-delivered at start-up because the in-process queue forgets them. */
export async function listQueuedScans(db: Database): Promise<{ id: string; orgId: string; accountId: string }[]> {
  return db.select({ id: scans.id, orgId: scans.orgId, accountId: scans.accountId }).from(scans).where(eq(scans.status, 'QUEUED')).orderBy(scans.queuedAt);
}

const STORED: ScanStatus[] = ['COMPLETED', 'PARTIAL'];

/** For each of these accounts, the id of its latest stored scan (as `latestStoredScan`), in one statement. */
export async function latestStoredScanIds(db: Database, orgId: string, accountIds: readonly string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([scans.accountId], { accountId: scans.accountId, id: scans.id })
    .from(scans)
    .where(and(eq(scans.orgId, orgId), inArray(scans.accountId, [...accountIds]), inArray(scans.status, STORED)))
    .orderBy(scans.accountId, desc(scans.finishedAt), desc(scans.id));
  return new Map(rows.map((r) => [r.accountId, r.id]));
}

/** For each of these accounts, its latest scan (as `latestScan`), in one statement. */
export async function latestScansOf(db: Database, orgId: string, accountIds: readonly string[]): Promise<Map<string, ScanRow>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([scans.accountId])
    .from(scans)
    .where(and(eq(scans.orgId, orgId), inArray(scans.accountId, [...accountIds])))
    .orderBy(scans.accountId, desc(scans.queuedAt), desc(scans.id));
  return new Map(rows.map((r) => [r.accountId, r]));
}

/** The account's latest scan whose results were stored (COMPLETED or PARTIAL): the one the inventory reflects. */
export async function latestStoredScan(db: Database, orgId: string, accountId: string): Promise<ScanRow | undefined> {
  const [row] = await db
    .select()
    .from(scans)
    .where(and(eq(scans.orgId, orgId), eq(scans.accountId, accountId), inArray(scans.status, ['COMPLETED', 'PARTIAL'])))
    .orderBy(desc(scans.finishedAt), desc(scans.id))
    .limit(1);
  return row;
}

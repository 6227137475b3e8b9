/**
 * The scan row as a lease (X5): a worker claims a scan, keeps its heartbeat fresh and writes progress; another
 * worker may take over a RUNNING scan only once its heartbeat is stale (its worker died). Cancellation is a flag
 * the worker reads back with each progress write, so it works across replicas.
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { ScanProgressRecord } from '../domain/scan-progress-record';
import { scans, type ScanRow } from './schema';

/**
 * QUEUED -> RUNNING, or a take-over of a RUNNING scan whose heartbeat is older than `staleBefore` (a retried job
 * of a dead worker). False when the scan is finished, or alive in another worker.
 */
export async function claimScan(db: Database, orgId: string, id: string, now: Date, staleBefore: Date): Promise<boolean> {
  const lastSignOfLife = sql`coalesce(${scans.heartbeatAt}, ${scans.startedAt}, ${scans.queuedAt})`;
  const rows = await db
    .update(scans)
    .set({ status: 'RUNNING', startedAt: now, heartbeatAt: now })
    .where(
      and(
        eq(scans.orgId, orgId),
        eq(scans.id, id),
        or(eq(scans.status, 'QUEUED'), and(eq(scans.status, 'RUNNING'), lt(lastSignOfLife, staleBefore))),
      ),
    )
    .returning({ id: scans.id });
  return rows.length === 1;
}

/** Stores the progress of a RUNNING scan; answers whether a cancel was requested meanwhile (null: no longer running). */
export async function saveProgress(
  db: Database,
  orgId: string,
  id: string,
  progress: ScanProgressRecord,
  now: Date,
): Promise<{ cancelRequested: boolean } | null> {
  const [row] = await db
    .update(scans)
    .set({ progress, heartbeatAt: now })
    .where(and(eq(scans.orgId, orgId), eq(scans.id, id), eq(scans.status, 'RUNNING')))
    .returning({ cancelRequestedAt: scans.cancelRequestedAt });
  return row ? { cancelRequested: row.cancelRequestedAt !== null } : null;
}

/**
 * A QUEUED scan is cancelled at once; a RUNNING one is flagged for its worker. Returns the scan after the change,
 * or undefined when it does not exist in the org. A finished scan is returned unchanged.
 */
export async function requestCancel(db: Database, orgId: string, id: string, now: Date): Promise<ScanRow | undefined> {
  const scope = and(eq(scans.orgId, orgId), eq(scans.id, id));
  const [queued] = await db
    .update(scans)
    .set({ status: 'CANCELLED', finishedAt: now, cancelRequestedAt: now })
    .where(and(scope, eq(scans.status, 'QUEUED')))
    .returning();
  if (queued) return queued;
  const [running] = await db
    .update(scans)
    .set({ cancelRequestedAt: now })
    .where(and(scope, eq(scans.status, 'RUNNING')))
    .returning();
  if (running) return running;
  const [other] = await db.select().from(scans).where(scope);
  return other;
}

/**
 * Starting, cancelling and recovering scans. `startScan` records a QUEUED scan and hands it to the ScanQueue,
 * answering at once; the queue's handler is `runScan` (scan-execution.ts). `cancelScan` cancels a QUEUED scan at
 * once and asks a RUNNING one to stop (its collector checks an AbortSignal between API calls).
 */
import { AppError, requireUser, type Viewer } from '@cspmexa/server-kit';
import { findAccount } from '../db/accounts';
import { requestCancel } from '../db/scan-control';
import { ActiveScanExistsError, failAbandonedScans, insertQueuedScan, listQueuedScans } from '../db/scans';
import type { ScanRow } from '../db/schema';
import { awsCollectors } from '../collectors/aws';
import type { AwsCollector } from '../collectors/aws/collector';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';
import { createScanExecution, type AbortReason } from './scan-execution';
import { defaultScanLease, type ScanLease } from './scan-lease';
import type { ScanJob } from './scan-queue';

export interface ScanRunner {
  startScan(viewer: Viewer | null, accountId: string): Promise<ScanRow>;
  /** Starts a scan for the scheduler (no viewer); false when one is already queued or running. */
  /** Queues a scan nobody asked for in a request; `onQueued` learns the scan (the scheduler audits it). */
  startScheduledScan(orgId: string, accountId: string, onQueued?: (scan: ScanRow) => Promise<void>): Promise<boolean>;
  cancelScan(viewer: Viewer | null, scanId: string): Promise<ScanRow>;
  runScan(job: ScanJob): Promise<void>;
  /** Fails scans whose worker died and re-queues waiting ones; run at start-up and periodically. */
  recover(opts?: { requeue: boolean }): Promise<void>;
  /** Abandons the scans still running here (process stop): no writes, their jobs are retried elsewhere. */
  stop(): void;
}

export function createScanRunner(
  deps: InventoryDeps,
  collectors: readonly AwsCollector[] = deps.collectors ?? awsCollectors,
  lease: ScanLease = deps.scanLease ?? defaultScanLease,
): ScanRunner {
  const { db, logger } = deps;
  const running = new Map<string, AbortController>();
  const runScan = createScanExecution(deps, collectors, lease, running);
  const abort = (scanId: string, reason: AbortReason) => running.get(scanId)?.abort(reason);

  async function queueScan(orgId: string, accountId: string): Promise<ScanRow> {
    const scan = await insertQueuedScan(db, orgId, accountId);
    await deps.queue.enqueue({ orgId, scanId: scan.id, accountId });
    return scan;
  }

  return {
    async startScan(viewer, accountId) {
      const user = requireUser(viewer);
      const account = isUuid(accountId) ? await findAccount(db, user.orgId, accountId) : undefined;
      if (!account) throw new AppError('NOT_FOUND', 'No such AWS account.');
      try {
        return await queueScan(user.orgId, account.id);
      } catch (err) {
        if (err instanceof ActiveScanExistsError) throw new AppError('CONFLICT', 'A scan of this account is already queued or running.');
        throw err;
      }
    },
    async startScheduledScan(orgId, accountId, onQueued) {
      try {
        const scan = await queueScan(orgId, accountId);
        await onQueued?.(scan);
        return true;
      } catch (err) {
        if (err instanceof ActiveScanExistsError) return false;
        throw err;
      }
    },
    async cancelScan(viewer, scanId) {
      const user = requireUser(viewer);
      const scan = isUuid(scanId) ? await requestCancel(db, user.orgId, scanId, deps.clock()) : undefined;
      if (!scan) throw new AppError('NOT_FOUND', 'No such scan.');
      if (scan.status === 'RUNNING') abort(scan.id, 'cancel'); // another replica's worker sees the flag instead
      if (scan.status === 'CANCELLED' && scan.startedAt === null) {
        await deps.queue.cancel?.(scan.id);
        await deps.bus.publish('inventory.scan.progress', { orgId: scan.orgId, accountId: scan.accountId, scanId: scan.id });
      }
      return scan;
    },
    runScan,
    async recover(opts = { requeue: false }) {
      const now = deps.clock();
      const abandoned = await failAbandonedScans(db, new Date(now.getTime() - lease.abandonedAfterMs), now);
      for (const s of abandoned) {
        logger.warn({ scanId: s.id }, 'failed an abandoned scan');
        await deps.bus.publish('inventory.scan.progress', { orgId: s.orgId, accountId: s.accountId, scanId: s.id });
        await deps.bus.publish('inventory.scan.finished', { orgId: s.orgId, accountId: s.accountId, scanId: s.id, status: 'FAILED' });
      }
      if (opts.requeue) for (const s of await listQueuedScans(db)) await deps.queue.enqueue({ orgId: s.orgId, scanId: s.id, accountId: s.accountId });
    },
    stop() {
      for (const id of running.keys()) abort(id, 'shutdown');
    },
  };
}

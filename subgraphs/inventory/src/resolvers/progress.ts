/** `ScanProgress` read from a scan row: the worker's last report while running, 100% once the scan has ended. */
import type { ScanRow } from '../db/schema';
import { initialProgress } from '../domain/scan-progress-record';

const ended = (scan: ScanRow) => scan.status !== 'QUEUED' && scan.status !== 'RUNNING';

export const scanProgressResolvers = {
  ScanProgress: {
    scanId: (scan: ScanRow) => scan.id,
    status: (scan: ScanRow) => scan.status,
    phase: (scan: ScanRow) => (ended(scan) ? 'DONE' : (scan.progress?.phase ?? initialProgress.phase)),
    resourcesCollected: (scan: ScanRow) => (ended(scan) && scan.status !== 'CANCELLED' ? scan.resourceCount : (scan.progress?.resourcesCollected ?? 0)),
    apiCalls: (scan: ScanRow) => scan.progress?.apiCalls ?? 0,
    errors: (scan: ScanRow) => (ended(scan) && scan.status !== 'CANCELLED' ? scan.errorCount : (scan.progress?.errors ?? 0)),
    percentage: (scan: ScanRow) => (ended(scan) ? 100 : Math.min(99, scan.progress?.percentage ?? 0)),
  },
};

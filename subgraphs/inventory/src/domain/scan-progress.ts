/**
 * Publishes a running scan's progress at most once per `minIntervalMs` (4/s by default): each flush stores the
 * latest figures on the scan row (any replica can then answer `scanProgressSnapshot`), refreshes the heartbeat,
 * learns whether a cancel was requested, and sends `inventory.scan.progress`. Reports between flushes coalesce.
 */
import type { EventBus, Logger } from '@cspmexa/server-kit';
import type { Database } from '@cspmexa/server-kit';
import { saveProgress } from '../db/scan-control';
import type { ScanProgressRecord } from './scan-progress-record';

export const PROGRESS_INTERVAL_MS = 250;

export interface ProgressReporterOptions {
  db: Database;
  bus: EventBus;
  logger: Logger;
  clock: () => Date;
  scan: { orgId: string; accountId: string; scanId: string };
  onCancelRequested: () => void;
  minIntervalMs?: number;
}

export interface ProgressReporter {
  report(progress: ScanProgressRecord): void;
  /** Stops flushing and waits for a flush in flight (before the scan row is finished). */
  close(): Promise<void>;
}

export function createProgressReporter(opts: ProgressReporterOptions): ProgressReporter {
  const interval = opts.minIntervalMs ?? PROGRESS_INTERVAL_MS;
  const { orgId, scanId } = opts.scan;
  let latest: ScanProgressRecord | undefined;
  let lastFlushAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = () => {
    timer = undefined;
    const progress = latest;
    if (closed || !progress) return;
    latest = undefined;
    lastFlushAt = Date.now();
    inFlight = inFlight
      .then(async () => {
        const state = await saveProgress(opts.db, orgId, scanId, progress, opts.clock());
        if (state?.cancelRequested) opts.onCancelRequested();
        if (state) await opts.bus.publish('inventory.scan.progress', opts.scan);
      })
      .catch((err: unknown) => opts.logger.warn({ err, scanId }, 'scan progress could not be saved'));
  };

  return {
    report(progress) {
      if (closed) return;
      latest = progress;
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, lastFlushAt + interval - Date.now()));
      timer.unref();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/**
 * Where started scans wait for a worker. In-process for the walking skeleton; pg-boss (or another durable queue)
 * replaces it behind the same interface. A job is only a pointer: the scan row is the source of truth, and the
 * runner's conditional QUEUED -> RUNNING update makes a job delivered twice run once.
 */
import type { Logger } from '@cspmexa/server-kit';

export interface ScanJob {
  orgId: string;
  scanId: string;
  /** The scanned account: durable queues use it to keep one job per account (X5). */
  accountId?: string;
}

export type ScanJobHandler = (job: ScanJob) => Promise<void>;

export interface ScanQueue {
  enqueue(job: ScanJob): Promise<void>;
  /** Drops a waiting job (its scan was cancelled while QUEUED); a job already taken finds its scan cancelled. */
  cancel?(scanId: string): Promise<void>;
  /** Starts delivering jobs (including those enqueued before) to the handler. */
  start(handler: ScanJobHandler): Promise<void>;
  /** Stops taking jobs and waits (bounded) for the running ones. */
  stop(): Promise<void>;
}

export function createInProcessScanQueue(opts: { logger: Logger; concurrency?: number; drainTimeoutMs?: number }): ScanQueue {
  const concurrency = opts.concurrency ?? 2;
  const waiting: ScanJob[] = [];
  const running = new Set<Promise<void>>();
  let handler: ScanJobHandler | undefined;
  let stopped = false;

  const pump = () => {
    while (handler && !stopped && running.size < concurrency && waiting.length > 0) {
      const job = waiting.shift() as ScanJob;
      const run = handler(job)
        // The handler records failures on the scan itself; this only keeps a bug from becoming an unhandled rejection.
        .catch((err: unknown) => opts.logger.error({ err, scanId: job.scanId }, 'scan job failed'))
        .finally(() => {
          running.delete(run);
          pump();
        });
      running.add(run);
    }
  };

  return {
    async enqueue(job) {
      waiting.push(job);
      // Deferred so that startScan answers before the scan begins.
      setImmediate(pump);
    },
    async cancel(scanId) {
      const at = waiting.findIndex((j) => j.scanId === scanId);
      if (at >= 0) waiting.splice(at, 1);
    },
    async start(h) {
      handler = h;
      stopped = false;
      pump();
    },
    async stop() {
      stopped = true;
      const drained = Promise.all(running);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, opts.drainTimeoutMs ?? 10_000);
        timer.unref();
      });
      await Promise.race([drained, timeout]);
      clearTimeout(timer);
    },
  };
}

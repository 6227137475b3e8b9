/**
 * The durable ScanQueue: pg-boss in the `pgboss` schema of the same database. A job is only a pointer to a scan
 * (its id is the scan's id, so re-enqueueing is idempotent); the scan row stays the source of truth.
 *  - One running scan per account (X5): the queue is `stately` with the account as singletonKey (at most one
 *    waiting and one active job per account), on top of the partial unique index on scans.
 *  - Lease: a job not finished within `expireInSeconds` is failed by pg-boss's supervisor and retried up to
 *    `retryLimit` times; the retry takes the scan over only when its heartbeat is stale (the worker died), and the
 *    runner's recovery fails scans whose retries ran out.
 */
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { Database, Logger } from '@cspmexa/server-kit';
import type { ScanJob, ScanJobHandler, ScanQueue } from '../domain/scan-queue';
import { pgliteExecutor } from './pglite-executor';

export const SCAN_QUEUE_NAME = 'inventory-scan';

export interface PgBossQueueOptions {
  logger: Logger;
  /** node-postgres: pg-boss opens its own small pool on this URL. */
  connectionString?: string;
  /** PGlite: the shared client, used through the executeSql adapter. */
  pglite?: PGlite;
  /** Scans worked on at once by this process. */
  concurrency?: number;
  /** The job lease; should exceed the longest healthy scan (a live worker's heartbeat protects it anyway). */
  expireInSeconds?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** How long stop() waits for running scans before failing their jobs (to be retried). */
  stopTimeoutMs?: number;
}

type JobData = ScanJob & { accountId?: string };

/** The PGlite client behind a drizzle database on PGlite (drizzle keeps it as `$client`). */
export function pgliteClientOf(db: Database): PGlite | undefined {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client && typeof (client as PGlite).exec === 'function' && 'waitReady' in (client as object) ? (client as PGlite) : undefined;
}

/** The connection string of the node-postgres pool behind a drizzle database, so that pg-boss joins the same database. */
export function pgConnectionStringOf(db: Database): string | undefined {
  const client = (db as unknown as { $client?: { options?: { connectionString?: unknown } } }).$client;
  const url = client?.options?.connectionString;
  return typeof url === 'string' ? url : undefined;
}

export function createPgBossScanQueue(opts: PgBossQueueOptions): ScanQueue & { boss: PgBoss } {
  if (!opts.connectionString && !opts.pglite) throw new Error('pg-boss needs a connection string or a PGlite client');
  const executor = opts.pglite ? pgliteExecutor(opts.pglite) : undefined;
  const boss = new PgBoss({
    ...(executor ? { db: executor } : { connectionString: opts.connectionString, max: 4 }),
    schema: 'pgboss',
    application_name: 'cspmexa-inventory-scans',
    // The runner schedules with croner; pg-boss's cron table would be a second source of schedules.
    schedule: false,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
  });
  // pg-boss reports background errors (maintenance, polling) as events; unhandled they would crash the process.
  boss.on('error', (err) => opts.logger.warn({ err }, 'pg-boss error'));
  const queueOptions = {
    name: SCAN_QUEUE_NAME,
    policy: 'stately' as const,
    expireInSeconds: opts.expireInSeconds ?? 30 * 60,
    retryLimit: opts.retryLimit ?? 2,
    retryDelay: opts.retryDelaySeconds ?? 5,
  };
  let started: Promise<void> | undefined;
  const workerIds: string[] = [];

  const ready = () =>
    (started ??= (async () => {
      await boss.start();
      if (!(await boss.getQueue(SCAN_QUEUE_NAME))) {
        // Another replica may create it at the same moment; the second create fails and the queue exists.
        await boss.createQueue(SCAN_QUEUE_NAME, queueOptions).catch(async (err: unknown) => {
          if (!(await boss.getQueue(SCAN_QUEUE_NAME))) throw err;
        });
      }
    })());

  return {
    boss,
    async enqueue(job: JobData) {
      await ready();
      await boss.send(SCAN_QUEUE_NAME, job, { id: job.scanId, ...(job.accountId ? { singletonKey: job.accountId } : {}) });
      // Wake an idle local worker rather than waiting for its next poll (other replicas poll as usual).
      for (const id of workerIds) boss.notifyWorker(id);
    },
    async cancel(scanId) {
      await ready();
      await boss.cancel(SCAN_QUEUE_NAME, scanId).catch((err: unknown) => opts.logger.warn({ err, scanId }, 'cancelling the scan job failed'));
    },
    async start(handler: ScanJobHandler) {
      await ready();
      const work = async ([job]: PgBoss.Job<JobData>[]) => {
        if (job) await handler({ orgId: job.data.orgId, scanId: job.data.scanId });
      };
      // Several workers of one job each rather than a batch: a batch is one unit for completion and for the lease.
      for (let i = 0; i < (opts.concurrency ?? 2); i++) {
        workerIds.push(await boss.work<JobData>(SCAN_QUEUE_NAME, { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, work));
      }
    },
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      workerIds.length = 0;
      // Graceful: waits (bounded) for running scans; whatever is still active is failed and retried elsewhere.
      await boss.stop({ graceful: true, timeout: opts.stopTimeoutMs ?? 10_000, wait: true, close: true });
      executor?.close();
    },
  };
}

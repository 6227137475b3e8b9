/**
 * The inventory subgraph: connected AWS accounts, scans and the collected resources (the collector).
 * `createInventorySubgraph(deps)` wires the domain services, the scan queue and the resolvers.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { subgraphAuditOutbox, type SubgraphDeps, type SubgraphModule } from '@cspmexa/server-kit';
import { awsClientOptionsFromEnv, createAwsClientFactory, type AwsClientFactory } from './aws/clients';
import { createAccountChanges } from './domain/account-changes';
import { createAccountService } from './domain/accounts';
import { createConnectionService } from './domain/connection/connection-service';
import type { InventoryDeps } from './domain/deps';
import { createOnboardingService } from './domain/onboarding/onboarding-service';
import { createTrustedPrincipal } from './domain/onboarding/trusted-principal';
import { createOrganizationService } from './domain/organizations';
import { createResourceHistoryService } from './domain/resource-history';
import { createResourceService } from './domain/resources';
import { createScanRunner } from './domain/scan-runner';
import { createInProcessScanQueue, type ScanQueue } from './domain/scan-queue';
import { createScanService } from './domain/scans';
import { defaultScanLease, type ScanLease } from './domain/scan-lease';
import { createScheduleService, SCHEDULE_TICK_MS, startScheduler } from './domain/scan-schedule';
import { createSnapshotAccountService } from './domain/snapshot-accounts';
import { createSnapshotExportService } from './domain/snapshot-exports';
import { createSnapshotUploadService } from './domain/snapshot-uploads';
import { failStaleSnapshotExports } from './db/snapshot-store';
import { auditOutbox } from './db/schema';
import { snapshotBucket, type SnapshotBucket } from './snapshots/s3-destination';
import { createPgBossScanQueue, pgConnectionStringOf, pgliteClientOf, type PgBossQueueOptions } from './jobs/pgboss-queue';
import { createResolvers } from './resolvers';

export type { AwsClientFactory, AwsSession, AwsTarget, CallerIdentity } from './aws/clients';
export type { ScanJob, ScanQueue } from './domain/scan-queue';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const typeDefs = parse(fs.readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'));


export interface InventoryOptions {
  /** Replaces the real AWS clients (tests, or a future per-region rate-limited factory). */
  awsClients?: AwsClientFactory;
  /** Replaces the default pg-boss queue on the subgraph's database (tests, or the in-process queue). */
  queue?: ScanQueue;
  /** Tuning of the default pg-boss queue (lease, retries, polling); tests shorten them. */
  jobs?: Omit<PgBossQueueOptions, 'logger' | 'connectionString' | 'pglite'>;
  /** Heartbeat, staleness and recovery interval of running scans (X5). */
  scanLease?: ScanLease;
  /** How often due scheduled scans are looked for. */
  scheduleTickMs?: number;
  /** The collectors a scan runs; every AWS collector by default. */
  collectors?: InventoryDeps['collectors'];
  clock?: () => Date;
  /** The principal customers' role trust policies allow; AWS_PRINCIPAL_ARN or the server's own account otherwise. */
  trustedPrincipalArn?: string;
  /** AWS call retries (`retry.maxAttempts`), clock and rate limits; production defaults otherwise. */
  awsCaller?: InventoryDeps['awsCaller'];
  /** Replaces the S3 destination of snapshot exports built from SNAPSHOT_S3_BUCKET. */
  snapshotBucket?: SnapshotBucket;
}

/** An export still RUNNING this long after it started has lost its writer (a restart). */
const STALE_EXPORT_MS = 60 * 60_000;

export async function createInventorySubgraph(deps: SubgraphDeps, options: InventoryOptions = {}): Promise<SubgraphModule> {
  const logger = deps.logger.child({ subgraph: 'inventory' });
  const awsClients = options.awsClients ?? createAwsClientFactory(awsClientOptionsFromEnv(process.env));
  const defaultRegion = deps.config.AWS_REGION;
  const domainDeps: InventoryDeps = {
    db: deps.db,
    bus: deps.bus,
    logger,
    clock: options.clock ?? (() => new Date()),
    awsClients,
    queue: options.queue ?? defaultQueue(deps, logger, options.jobs),
    defaultRegion,
    trustedPrincipal: createTrustedPrincipal({
      configured: options.trustedPrincipalArn ?? deps.config.AWS_PRINCIPAL_ARN,
      serverIdentity: () => serverIdentity(awsClients, defaultRegion),
    }),
    credentialsKey: deps.secrets.credentialsEncryptionKey,
    ...(options.awsCaller ? { awsCaller: options.awsCaller } : {}),
    scanLease: options.scanLease ?? defaultScanLease,
    ...(options.collectors ? { collectors: options.collectors } : {}),
  };
  const runner = createScanRunner(domainDeps);
  const jobs = new Set<Promise<unknown>>();
  const track = (job: Promise<unknown>) => {
    jobs.add(job);
    void job.finally(() => jobs.delete(job));
  };
  const bucket = options.snapshotBucket ?? configuredBucket(deps.config);
  const snapshotUploads = createSnapshotUploadService({ ...domainDeps, maxBytes: deps.config.SNAPSHOT_UPLOAD_MAX_BYTES });
  const resolvers = createResolvers({
    accounts: createAccountService(domainDeps),
    accountChanges: createAccountChanges(domainDeps),
    onboarding: createOnboardingService(domainDeps),
    connections: createConnectionService(domainDeps),
    organizations: createOrganizationService(domainDeps),
    scans: createScanService(domainDeps),
    resources: createResourceService(domainDeps),
    runner,
    schedules: createScheduleService(domainDeps),
    history: createResourceHistoryService(domainDeps),
    snapshotExports: createSnapshotExportService({ ...domainDeps, snapshotDir: deps.config.SNAPSHOT_DIR, track, ...(bucket ? { bucket } : {}) }),
    snapshotUploads,
    snapshotAccounts: createSnapshotAccountService({ ...domainDeps, uploads: snapshotUploads, runner }),
  });
  const lease = domainDeps.scanLease ?? defaultScanLease;
  const outbox = subgraphAuditOutbox(deps, 'inventory', auditOutbox);
  let recovery: NodeJS.Timeout | undefined;
  let scheduler: { stop(): void } | undefined;
  return {
    name: 'inventory',
    typeDefs,
    resolvers,
    auditOutbox: outbox,
    async start() {
      const now = domainDeps.clock();
      await failStaleSnapshotExports(deps.db, new Date(now.getTime() - STALE_EXPORT_MS), now);
      await runner.recover({ requeue: true });
      await domainDeps.queue.start((job) => runner.runScan(job));
      recovery = setInterval(() => {
        runner.recover().catch((err: unknown) => logger.error({ err }, 'scan recovery failed'));
      }, lease.recoveryIntervalMs);
      recovery.unref();
      scheduler = startScheduler(domainDeps, runner, options.scheduleTickMs ?? SCHEDULE_TICK_MS, outbox.recordSystemAction);
    },
    async stop() {
      clearInterval(recovery);
      scheduler?.stop();
      // The queue waits (bounded) for running scans; those still running are then abandoned to a retry.
      await domainDeps.queue.stop();
      runner.stop();
      await Promise.allSettled([...jobs]);
      bucket?.destroy();
    },
  };
}

/** Who the server's own AWS credentials are (the default chain), for the onboarding's trusted principal. */
async function serverIdentity(awsClients: AwsClientFactory, region: string) {
  const session = awsClients.session({ authMethod: 'DEFAULT_CHAIN', roleArn: null, externalId: '', region });
  try {
    return await session.callerIdentity();
  } finally {
    session.destroy();
  }
}

/** pg-boss on the same database: its own pool on DATABASE_URL, or the shared PGlite; in-process only as a fallback. */
function defaultQueue(deps: SubgraphDeps, logger: SubgraphDeps['logger'], tuning: InventoryOptions['jobs'] = {}): ScanQueue {
  const connectionString = pgConnectionStringOf(deps.db) ?? deps.config.DATABASE_URL;
  if (connectionString) return createPgBossScanQueue({ ...tuning, logger, connectionString });
  const pglite = pgliteClientOf(deps.db);
  if (pglite) return createPgBossScanQueue({ ...tuning, logger, pglite });
  logger.warn('no pg-boss connection for this database driver: scans use the in-process queue');
  return createInProcessScanQueue({ logger });
}

function configuredBucket(config: SubgraphDeps['config']): SnapshotBucket | undefined {
  if (!config.SNAPSHOT_S3_BUCKET) return undefined;
  return snapshotBucket({
    bucket: config.SNAPSHOT_S3_BUCKET,
    prefix: config.SNAPSHOT_S3_PREFIX,
    region: config.AWS_REGION,
    forcePathStyle: awsClientOptionsFromEnv(process.env).forcePathStyle,
  });
}

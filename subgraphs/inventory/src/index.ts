/**
 * The inventory subgraph: connected AWS accounts, scans and the collected resources (the collector).
 * `createInventorySubgraph(deps)` wires the domain services, the scan queue and the resolvers.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { SubgraphDeps, SubgraphModule } from '@cspmexa/server-kit';
import { awsClientOptionsFromEnv, createAwsClientFactory, type AwsClientFactory } from './aws/clients';
import { createAccountService } from './domain/accounts';
import type { InventoryDeps } from './domain/deps';
import { DEFAULT_TRUSTED_PRINCIPAL } from './domain/external-id';
import { createResourceService } from './domain/resources';
import { createScanRunner } from './domain/scan-runner';
import { createInProcessScanQueue, type ScanQueue } from './domain/scan-queue';
import { createScanService } from './domain/scans';
import { createResolvers } from './resolvers';

export type { AwsClientFactory, AwsSession, AwsTarget, CallerIdentity } from './aws/clients';
export type { ScanJob, ScanQueue } from './domain/scan-queue';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const typeDefs = parse(fs.readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8'));

/** How often stuck scans are looked for (a worker that died leaves its scan RUNNING without heartbeats). */
const RECOVERY_INTERVAL_MS = 60_000;

export interface InventoryOptions {
  /** Replaces the real AWS clients (tests, or a future per-region rate-limited factory). */
  awsClients?: AwsClientFactory;
  /** Replaces the in-process queue (pg-boss later). */
  queue?: ScanQueue;
  clock?: () => Date;
  /** The principal customers' role trust policies allow; the deployment's AWS account. */
  trustedPrincipalArn?: string;
  /** AWS call retries (`retry.maxAttempts`), clock and rate limits; production defaults otherwise. */
  awsCaller?: InventoryDeps['awsCaller'];
}

export async function createInventorySubgraph(deps: SubgraphDeps, options: InventoryOptions = {}): Promise<SubgraphModule> {
  const logger = deps.logger.child({ subgraph: 'inventory' });
  const domainDeps: InventoryDeps = {
    db: deps.db,
    bus: deps.bus,
    logger,
    clock: options.clock ?? (() => new Date()),
    awsClients: options.awsClients ?? createAwsClientFactory(awsClientOptionsFromEnv(process.env)),
    queue: options.queue ?? createInProcessScanQueue({ logger }),
    defaultRegion: deps.config.AWS_REGION,
    trustedPrincipalArn: options.trustedPrincipalArn ?? DEFAULT_TRUSTED_PRINCIPAL,
    ...(options.awsCaller ? { awsCaller: options.awsCaller } : {}),
  };
  const runner = createScanRunner(domainDeps);
  const resolvers = createResolvers({
    accounts: createAccountService(domainDeps),
    scans: createScanService(domainDeps),
    resources: createResourceService(domainDeps),
    runner,
  });
  let recovery: NodeJS.Timeout | undefined;
  return {
    name: 'inventory',
    typeDefs,
    resolvers,
    async start() {
      await runner.recover({ requeue: true });
      await domainDeps.queue.start((job) => runner.runScan(job));
      recovery = setInterval(() => {
        runner.recover().catch((err: unknown) => logger.error({ err }, 'scan recovery failed'));
      }, RECOVERY_INTERVAL_MS);
      recovery.unref();
    },
    async stop() {
      clearInterval(recovery);
      await domainDeps.queue.stop();
    },
  };
}

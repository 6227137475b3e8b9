/** What the inventory's domain layer is built from; tests pass their own clock, clients and queue. */
import type { Database, EventBus, Logger } from '@cspmexa/server-kit';
import type { AwsClientFactory } from '../aws/clients';
import type { AwsCallerOptions } from '../collectors/aws/calls/aws-caller';
import type { AwsCollector } from '../collectors/aws/collector';
import type { TrustedPrincipal } from './onboarding/trusted-principal';
import type { ScanLease } from './scan-lease';
import type { ScanQueue } from './scan-queue';

export interface InventoryDeps {
  db: Database;
  bus: EventBus;
  logger: Logger;
  clock: () => Date;
  awsClients: AwsClientFactory;
  queue: ScanQueue;
  /** Region for STS and global calls (config AWS_REGION). */
  defaultRegion: string;
  /** The principal the onboarding trust policy lets assume customer roles (CSPMEXA's own AWS principal). */
  trustedPrincipal: () => Promise<TrustedPrincipal>;
  /** AES-256-GCM key sealing ACCESS_KEYS accounts' keys (CREDENTIALS_ENCRYPTION_KEY, A3). */
  credentialsKey: Buffer;
  /** Retry policy (maxAttempts), clock and rate limits of AWS calls; defaults suit production. */
  awsCaller?: Omit<AwsCallerOptions, 'accountId' | 'refreshCredentials'>;
  /** The collectors a scan runs; defaults to every AWS collector. */
  collectors?: readonly AwsCollector[];
  /** Heartbeat and staleness of running scans; production defaults otherwise. */
  scanLease?: ScanLease;
}

/**
 * The seam every AWS service collector plugs into: it gets clients for one account (already authenticated) and
 * returns normalized resources plus the per-API problems it met. It never throws for one unreadable setting;
 * it throws `CollectorFatalError` only when it cannot list the service's resources at all.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { CloudResource } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';

export interface AwsScanContext {
  /** The 12-digit account number the resources belong to. */
  accountId: string;
  /** `aws`, `aws-cn`, `aws-us-gov`: the first part of every ARN built here. */
  partition: string;
  /** Region for global APIs (ListBuckets) and the fallback when a resource's region cannot be read. */
  defaultRegion: string;
  s3(region: string): S3Client;
}

export interface CollectorOutput {
  resources: CloudResource[];
  errors: ScanErrorRecord[];
}

export interface AwsCollector {
  service: string;
  collect(ctx: AwsScanContext): Promise<CollectorOutput>;
}

/** The collector could not enumerate its resources at all (ListBuckets denied, endpoint unreachable...). */
export class CollectorFatalError extends Error {
  constructor(
    readonly api: string,
    readonly code: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${api} failed: ${code}: ${detail}`, options);
    this.name = 'CollectorFatalError';
  }
}

/**
 * The seam every AWS service collector plugs into: it gets clients for one account (already authenticated), the
 * regions to read and the rate-limited caller, and returns normalized resources plus the per-API problems it
 * met. It never throws for one unreadable setting; it throws `CollectorFatalError` only when it cannot list the
 * service's resources at all.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { S3Client } from '@aws-sdk/client-s3';
import type { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { CloudResource } from '@cspmexa/resources';
import type { SdkClientClass } from '../../aws/clients';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { AwsCaller } from './calls/aws-caller';

export interface AwsScanContext {
  /** The 12-digit account number the resources belong to. */
  accountId: string;
  /** `aws`, `aws-cn`, `aws-us-gov`: the first part of every ARN built here. */
  partition: string;
  /** Region for global APIs (ListBuckets, IAM) and the fallback when a resource's region cannot be read. */
  defaultRegion: string;
  /** The enabled regions to collect regional services in (from DescribeRegions and the account's choice). */
  regions: readonly string[];
  /** Sends every request through the (account, region, API class) rate limiter with retries. */
  caller: AwsCaller;
  s3(region: string): S3Client;
  ec2(region: string): EC2Client;
  iam(): IAMClient;
  s3control(region: string): S3ControlClient;
  /** Any other service's client (SSM, CloudTrail, Config, CloudWatch Logs, CloudWatch, Account), per region. */
  client<C extends { destroy(): void }>(clientClass: SdkClientClass<C>, region: string): C;
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

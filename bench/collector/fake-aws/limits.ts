/**
 * The request-rate buckets the fake endpoint enforces, one per (region, API class).
 *
 * EC2 publishes its numbers (devguide "Request throttling for the Amazon EC2 API"): non-mutating actions burst 100,
 * refill 20 per second; "unfiltered and unpaginated" non-mutating actions burst 50, refill 10 per second. Newer
 * versions of that page meter each action in its own bucket; we keep one bucket per class (the older, stricter
 * reading, and the one the product's collectors plan for) unless `meterBy: 'action'` is asked for.
 *
 * IAM, S3 and STS publish no per-account request rates. The numbers below are the product's own conservative
 * assumptions (subgraphs/inventory collectors/aws/calls/api-limits.ts): IAM is global and shared with the
 * customer's automation, so it gets 10 / 5 per second; S3 bucket-configuration reads 50 / 25 per second per
 * region (far below S3's published 5,500 GET/s per prefix); S3 Control 10 / 5. STS is only asked once per scan.
 * The account-level reads use the product's buckets too (see its api-limits.ts): CloudWatch DescribeAlarms 9 / 9
 * per s, CloudWatch Logs 5 / 5 (default quotas), SSM, CloudTrail, Config, Account Management and IAM Access
 * Analyzer 10 / 5.
 */
import { apiLimits as productLimits } from '../../../subgraphs/inventory/src/collectors/aws/calls/api-limits';

export const apiClasses = ['ec2-describe', 'ec2-unpaginated', 'iam', 's3', 's3-control', 'sts', 'ssm', 'cloudtrail', 'config', 'logs', 'cloudwatch', 'account', 'access-analyzer'] as const;
export type ApiClass = (typeof apiClasses)[number];

export interface BucketLimits {
  /** Tokens available at once. */
  burst: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

export const defaultLimits: Record<ApiClass, BucketLimits> = {
  'ec2-describe': { burst: 100, refillPerSecond: 20 },
  'ec2-unpaginated': { burst: 50, refillPerSecond: 10 },
  iam: { burst: 10, refillPerSecond: 5 },
  s3: { burst: 50, refillPerSecond: 25 },
  's3-control': { burst: 10, refillPerSecond: 5 },
  sts: { burst: 100, refillPerSecond: 50 },
  // The product's own planning numbers, taken from it so that the two cannot drift apart.
  ssm: productLimits.ssm,
  cloudtrail: productLimits.cloudtrail,
  config: productLimits.config,
  logs: productLimits.logs,
  cloudwatch: productLimits.cloudwatch,
  account: productLimits.account,
  'access-analyzer': productLimits['access-analyzer'],
};

/** EC2 list actions that fall in the "unpaginated" class when called without MaxResults, filters or ids. */
const meteredAsUnpaginated = new Set([
  'DescribeInstances',
  'DescribeNetworkInterfaces',
  'DescribeSecurityGroups',
  'DescribeSnapshots',
  'DescribeSpotInstanceRequests',
  'DescribeVolumes',
]);

/** The class of one EC2 query request, from its action and form parameters. */
export function ec2ApiClass(action: string, params: URLSearchParams): ApiClass {
  if (!meteredAsUnpaginated.has(action)) return 'ec2-describe';
  for (const key of params.keys()) {
    if (key === 'MaxResults' || key.startsWith('Filter.') || /Id\.\d+$/.test(key)) return 'ec2-describe';
  }
  return 'ec2-unpaginated';
}

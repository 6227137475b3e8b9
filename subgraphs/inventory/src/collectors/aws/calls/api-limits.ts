/**
 * The request-rate classes AWS meters separately, and the bucket each gets per (account, region).
 *
 * EC2 publishes its limits (https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html):
 * non-mutating actions (Describe*, Get*) 100 burst / 20 per second; unfiltered and unpaginated non-mutating
 * actions 50 / 10. Every EC2 list call here is paginated (MaxResults), so only DescribeRegions is "unpaginated".
 * IAM, S3 and S3 Control publish no per-account numbers; the values below are deliberately conservative (IAM is
 * global and shared with the customer's own automation, so it gets the smallest share).
 * The account-level services are read a handful of times per scan, so their buckets matter for throttling
 * storms, not for speed: CloudWatch's default quota for DescribeAlarms is 9 requests per second and CloudWatch
 * Logs' for its Describe* calls 5 per second per account and region (Service Quotas defaults, as we remember
 * them; an account may have others); SSM, CloudTrail, Config and Account Management publish no number we rely
 * on for the reads used here, so they get IAM's conservative share. IAM Access Analyzer meters its API per
 * account and region on its own, publishes no rate for ListAnalyzers either, and is read once per region (one
 * page: an account holds a handful of analyzers per region), so it gets that same 10 / 5 in a class of its own
 * rather than sharing a bucket with a service AWS meters separately.
 */
import type { BucketLimits } from './token-bucket';

export const apiClasses = ['ec2-describe', 'ec2-unpaginated', 'iam', 's3', 's3-control', 'ssm', 'cloudtrail', 'config', 'logs', 'cloudwatch', 'account', 'access-analyzer'] as const;
export type ApiClass = (typeof apiClasses)[number];

export const apiLimits: Record<ApiClass, BucketLimits> = {
  'ec2-describe': { burst: 100, refillPerSecond: 20 },
  'ec2-unpaginated': { burst: 50, refillPerSecond: 10 },
  iam: { burst: 10, refillPerSecond: 5 },
  s3: { burst: 50, refillPerSecond: 25 },
  's3-control': { burst: 10, refillPerSecond: 5 },
  ssm: { burst: 10, refillPerSecond: 5 },
  cloudtrail: { burst: 10, refillPerSecond: 5 },
  config: { burst: 10, refillPerSecond: 5 },
  logs: { burst: 5, refillPerSecond: 5 },
  cloudwatch: { burst: 9, refillPerSecond: 9 },
  account: { burst: 10, refillPerSecond: 5 },
  'access-analyzer': { burst: 10, refillPerSecond: 5 },
};

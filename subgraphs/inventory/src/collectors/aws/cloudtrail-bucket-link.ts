/**
 * Joins each trail to its S3 bucket as the same scan collected it (ACC-04, ACC-05), after every collector ran:
 * the bucket's ACL, policy, Block Public Access and logging are read once, by the S3 collector, not a second
 * time for CloudTrail. A bucket the account does not own (a central log archive account) or a bucket list that
 * could not be read leaves an error on the trail, so its checks say UNKNOWN and why.
 */
import { readError, type CloudResource, type CloudTrailTrail, type Collected, type S3Account, type S3Bucket } from '@cspmexa/resources';

/** Why the S3 collector produced no bucket list (its fatal ListBuckets failure), if it did not. */
export interface BucketListFailure {
  api: string;
  code: string;
  message: string;
}

function bucketOf(trail: CloudTrailTrail, buckets: Map<string, S3Bucket>, listFailure: BucketListFailure | undefined): Collected<S3Bucket> {
  if (trail.configuration.state !== 'ok') return trail.configuration as Collected<never>;
  const name = trail.configuration.value.s3BucketName;
  if (!name) return readError('cloudtrail:DescribeTrails', 'NoS3BucketName', `DescribeTrails returned no S3BucketName for trail ${trail.name}`);
  const bucket = buckets.get(name);
  if (bucket) return { state: 'ok', value: bucket };
  if (listFailure) return readError(listFailure.api, listFailure.code, listFailure.message);
  return readError('s3:ListBuckets', 'BucketNotInAccount', `Bucket ${name} is not among the buckets of account ${trail.accountId} (another account's bucket, e.g. a log archive): scan that account to judge it`);
}

/** Returns the resources with every trail's `bucket` and `accountPublicAccessBlock` set. */
export function linkTrailBuckets(resources: readonly CloudResource[], listFailure?: BucketListFailure): CloudResource[] {
  const buckets = new Map<string, S3Bucket>();
  let s3Account: S3Account | undefined;
  for (const r of resources) {
    if (r.kind === 'aws.s3.bucket') buckets.set(r.name, r);
    else if (r.kind === 'aws.s3.account') s3Account = r;
  }
  return resources.map((r) => {
    if (r.kind !== 'aws.cloudtrail.trail') return r;
    const bucket = bucketOf(r, buckets, listFailure);
    return { ...r, bucket, ...(s3Account ? { accountPublicAccessBlock: s3Account.publicAccessBlock } : {}) };
  });
}

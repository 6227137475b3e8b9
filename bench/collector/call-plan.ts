/**
 * The calls needed to read the estate, and no more: every list at the largest page AWS allows (an empty list still
 * costs one call), the per-resource reads that have no batch form, the account-level reads once. This is the
 * "minimum" the benchmark compares a collector's calls against, and the work the naive baseline does.
 * ListBuckets already names each bucket's region, so GetBucketLocation is not needed. The account-level reads
 * (SSM, CloudTrail, Config, CloudWatch, Account) are in call-plan-account-level.ts.
 */
import { accountLevelCalls } from './call-plan-account-level';
import { ec2Lists } from './fake-aws/ec2-lists';
import type { Estate } from './fake-aws/estate';
import { authorizationDetails, IAM_MAX_ITEMS } from './fake-aws/iam-api';
import type { ApiClass } from './fake-aws/limits';
import { S3_MAX_BUCKETS } from './fake-aws/s3-api';

export interface PlannedCall {
  api: string;
  region: string;
  apiClass: ApiClass;
  count: number;
}

export const ec2RegionLists = [
  'DescribeInstances',
  'DescribeSecurityGroups',
  'DescribeNetworkInterfaces',
  'DescribeVolumes',
  'DescribeSnapshots',
  'DescribeImages',
  'DescribeVpcs',
  'DescribeSubnets',
  'DescribeNetworkAcls',
  'DescribeRouteTables',
  'DescribeVpcPeeringConnections',
  'DescribeFlowLogs',
  'DescribeLaunchTemplates',
] as const;

export const ec2AccountSettings = ['GetEbsEncryptionByDefault', 'GetEbsDefaultKmsKeyId', 'GetInstanceMetadataDefaults', 'GetSnapshotBlockPublicAccessState', 'GetImageBlockPublicAccessState'] as const;

export const bucketReads = [
  'GetBucketAcl',
  'GetBucketPolicy',
  'GetBucketPolicyStatus',
  'GetPublicAccessBlock',
  'GetBucketEncryption',
  'GetBucketVersioning',
  'GetBucketLogging',
  'GetBucketOwnershipControls',
  'GetBucketTagging',
  'GetObjectLockConfiguration',
] as const;

const pages = (items: number, maxPage: number) => Math.max(1, Math.ceil(items / maxPage));

function ec2ListSize(estate: Estate, region: string, api: (typeof ec2RegionLists)[number]): number {
  const r = estate.byRegion.get(region);
  if (!r) return 0;
  const sizes: Record<(typeof ec2RegionLists)[number], number> = {
    DescribeInstances: r.instances.length,
    DescribeSecurityGroups: r.securityGroups.length,
    DescribeNetworkInterfaces: r.instances.length,
    DescribeVolumes: r.volumes.length,
    DescribeSnapshots: r.snapshots.length,
    DescribeImages: r.imageIds.length, // the AMIs the instances run, looked up by id; the account owns none
    DescribeVpcs: r.vpcs.length,
    DescribeSubnets: r.vpcs.length * 2,
    DescribeNetworkAcls: r.vpcs.length,
    DescribeRouteTables: r.vpcs.length,
    DescribeVpcPeeringConnections: 0,
    DescribeFlowLogs: 0,
    DescribeLaunchTemplates: 0,
  };
  return sizes[api];
}

export function minimumCallPlan(estate: Estate, defaultRegion = 'us-east-1'): PlannedCall[] {
  const plan: PlannedCall[] = [
    { api: 'GetCallerIdentity', region: defaultRegion, apiClass: 'sts', count: 1 },
    { api: 'DescribeRegions', region: defaultRegion, apiClass: 'ec2-describe', count: 1 },
  ];
  for (const region of estate.regions) {
    const r = estate.byRegion.get(region);
    for (const api of ec2RegionLists) plan.push({ api, region, apiClass: 'ec2-describe', count: pages(ec2ListSize(estate, region, api), ec2Lists[api]?.maxPage ?? 1000) });
    plan.push({ api: 'DescribeAddresses', region, apiClass: 'ec2-describe', count: 1 });
    plan.push({ api: 'DescribeInstanceAttribute', region, apiClass: 'ec2-describe', count: r?.instances.length ?? 0 });
    plan.push({ api: 'DescribeSnapshotAttribute', region, apiClass: 'ec2-describe', count: r?.snapshots.length ?? 0 });
    for (const api of ec2AccountSettings) plan.push({ api, region, apiClass: 'ec2-describe', count: 1 });
    const buckets = estate.buckets.filter((b) => b.region === region).length;
    for (const api of bucketReads) plan.push({ api, region, apiClass: 's3', count: buckets });
  }
  plan.push({ api: 'ListBuckets', region: defaultRegion, apiClass: 's3', count: pages(estate.buckets.length, S3_MAX_BUCKETS) });
  const iam = (api: string, count = 1): PlannedCall => ({ api, region: defaultRegion, apiClass: 'iam', count });
  plan.push(
    iam('GetAccountAuthorizationDetails', pages(authorizationDetails(estate).length, IAM_MAX_ITEMS)),
    // IAM answers STARTED to the first request and COMPLETE once the report exists: two calls at least.
    iam('GenerateCredentialReport', 2),
    iam('GetCredentialReport'),
    iam('GetAccountSummary'),
    iam('GetAccountPasswordPolicy'),
    iam('ListVirtualMFADevices'),
    iam('ListServerCertificates'),
  );
  plan.push(...accountLevelCalls(estate, defaultRegion));
  return plan.filter((c) => c.count > 0);
}

/** Calls per (region, class) bucket: the shape the lower bound needs. */
export function callsPerBucket(plan: readonly PlannedCall[]): Map<string, { region: string; apiClass: ApiClass; calls: number }> {
  const out = new Map<string, { region: string; apiClass: ApiClass; calls: number }>();
  for (const c of plan) {
    const key = `${c.region}/${c.apiClass}`;
    const entry = out.get(key) ?? { region: c.region, apiClass: c.apiClass, calls: 0 };
    entry.calls += c.count;
    out.set(key, entry);
  }
  return out;
}

/** The demo's S3: a website bucket left public, a legacy bucket anyone can write to, a partner share, and well-kept ones. */
import { absent, ok, type PolicyDocument, type S3Account, type S3Bucket, type S3Grant } from '@cspmexa/resources';
import { daysAgo, DEMO_ACCOUNT, PARTNER_ACCOUNT, tags, type DemoRegion } from './common';

const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const ownerGrant: S3Grant = { grantee: { type: 'CanonicalUser', id: OWNER_ID }, permission: 'FULL_CONTROL' };
const blockAll = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const kms = (alias: string) => ok({ rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:alias/${alias}`, bucketKeyEnabled: true }] });
const sseS3 = ok({ rules: [{ sseAlgorithm: 'AES256', bucketKeyEnabled: false }] });

const statements = (...Statement: PolicyDocument['Statement'][]) => ({ Version: '2012-10-17', Statement: Statement.flat() }) as PolicyDocument;
const denyInsecureTransport = (name: string) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny' as const,
  Principal: '*' as const,
  Action: 's3:*',
  Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

interface BucketSpec {
  name: string;
  region: DemoRegion;
  createdDaysAgo: number;
  publicRead?: boolean;
  publicWrite?: boolean;
  policy?: PolicyDocument;
  blockPublic?: boolean;
  encryption?: ReturnType<typeof kms>;
  versioning?: 'Enabled' | 'Suspended';
  mfaDelete?: boolean;
  logTo?: string;
  ownership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';
  objectLockDays?: number;
  tags: Record<string, string>;
}

function bucket(b: BucketSpec): S3Bucket {
  const grants: S3Grant[] = [ownerGrant];
  if (b.publicRead) grants.push({ grantee: { type: 'Group', uri: ALL_USERS }, permission: 'READ' });
  if (b.publicWrite) grants.push({ grantee: { type: 'Group', uri: ALL_USERS }, permission: 'WRITE' });
  const isPublicPolicy = b.policy !== undefined && JSON.stringify(b.policy).includes('"Effect":"Allow","Principal":"*"') && !b.blockPublic;
  return {
    kind: 'aws.s3.bucket',
    arn: `arn:aws:s3:::${b.name}`,
    name: b.name,
    accountId: DEMO_ACCOUNT,
    region: b.region,
    createdAt: daysAgo(b.createdDaysAgo),
    acl: ok({ ownerId: OWNER_ID, grants }),
    policy: b.policy ? ok(b.policy) : absent(),
    policyStatus: b.policy ? ok({ isPublic: isPublicPolicy }) : absent(),
    publicAccessBlock: b.blockPublic ? ok(blockAll) : absent(),
    encryption: b.encryption ?? sseS3,
    versioning: ok(b.versioning ? { status: b.versioning, mfaDelete: b.mfaDelete ? 'Enabled' : 'Disabled' } : {}),
    logging: ok(b.logTo ? { targetBucket: b.logTo, targetPrefix: `${b.name}/` } : {}),
    tags: tags(b.tags),
    ownershipControls: b.ownership ? ok({ objectOwnership: b.ownership }) : absent(),
    objectLock: b.objectLockDays ? ok({ enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: b.objectLockDays } }) : absent(),
  };
}

const LOGS = 'examplecorp-s3-access-logs';

export function demoS3(): (S3Bucket | S3Account)[] {
  const buckets: BucketSpec[] = [
    {
      name: 'examplecorp-www',
      region: 'us-east-1',
      createdDaysAgo: 1400,
      publicRead: true,
      policy: statements({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::examplecorp-www/*' }),
      versioning: 'Suspended',
      ownership: 'ObjectWriter',
      tags: { Environment: 'prod', Team: 'web', CostCenter: 'marketing' },
    },
    {
      name: 'examplecorp-legacy-uploads',
      region: 'us-east-1',
      createdDaysAgo: 2300,
      publicWrite: true,
      policy: statements({ Sid: 'AnonymousUpload', Effect: 'Allow', Principal: '*', Action: ['s3:PutObject', 's3:PutObjectAcl'], Resource: 'arn:aws:s3:::examplecorp-legacy-uploads/incoming/*' }),
      tags: { Team: 'legacy', Owner: 'unknown' },
    },
    {
      name: 'examplecorp-partner-exchange',
      region: 'eu-west-1',
      createdDaysAgo: 500,
      blockPublic: true,
      policy: statements(
        { Sid: 'PartnerReadWrite', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER_ACCOUNT}:root` }, Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::examplecorp-partner-exchange/*' },
        denyInsecureTransport('examplecorp-partner-exchange'),
      ),
      encryption: kms('partner-exchange'),
      versioning: 'Enabled',
      logTo: LOGS,
      ownership: 'BucketOwnerEnforced',
      tags: { Environment: 'prod', Team: 'integrations', DataClassification: 'confidential' },
    },
    {
      name: 'examplecorp-cloudtrail-logs',
      region: 'us-east-1',
      createdDaysAgo: 1200,
      blockPublic: true,
      policy: statements(
        { Sid: 'CloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::examplecorp-cloudtrail-logs/AWSLogs/${DEMO_ACCOUNT}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } },
        denyInsecureTransport('examplecorp-cloudtrail-logs'),
      ),
      encryption: kms('cloudtrail'),
      versioning: 'Enabled',
      mfaDelete: true,
      logTo: LOGS,
      ownership: 'BucketOwnerEnforced',
      objectLockDays: 365,
      tags: { Environment: 'prod', Team: 'security', DataClassification: 'restricted' },
    },
    { name: LOGS, region: 'us-east-1', createdDaysAgo: 1200, blockPublic: true, versioning: 'Enabled', ownership: 'BucketOwnerPreferred', tags: { Team: 'security' } },
    {
      name: 'examplecorp-terraform-state',
      region: 'us-east-1',
      createdDaysAgo: 900,
      blockPublic: true,
      policy: statements(denyInsecureTransport('examplecorp-terraform-state')),
      encryption: kms('terraform'),
      versioning: 'Enabled',
      logTo: LOGS,
      ownership: 'BucketOwnerEnforced',
      tags: { Team: 'platform', ManagedBy: 'terraform' },
    },
    { name: 'examplecorp-app-assets-prod', region: 'us-east-1', createdDaysAgo: 700, blockPublic: true, versioning: 'Enabled', logTo: LOGS, ownership: 'BucketOwnerEnforced', tags: { Environment: 'prod', Team: 'web' } },
    { name: 'examplecorp-analytics-scratch', region: 'us-east-1', createdDaysAgo: 60, tags: { Environment: 'dev', Team: 'data' } },
    { name: 'examplecorp-data-lake-raw', region: 'eu-west-1', createdDaysAgo: 450, blockPublic: true, encryption: kms('data-lake'), versioning: 'Enabled', logTo: LOGS, ownership: 'BucketOwnerEnforced', objectLockDays: 30, tags: { Environment: 'prod', Team: 'data', DataClassification: 'confidential' } },
    { name: 'examplecorp-backups-eu', region: 'eu-west-1', createdDaysAgo: 800, blockPublic: true, encryption: kms('backups'), versioning: 'Suspended', tags: { Environment: 'prod', Team: 'platform' } },
    { name: 'examplecorp-ml-datasets', region: 'ap-southeast-2', createdDaysAgo: 200, blockPublic: true, encryption: kms('ml'), tags: { Environment: 'staging', Team: 'ml' } },
    { name: 'examplecorp-sydney-media', region: 'ap-southeast-2', createdDaysAgo: 320, publicRead: true, versioning: 'Enabled', tags: { Environment: 'prod', Team: 'media' } },
  ];
  const account: S3Account = {
    kind: 'aws.s3.account',
    arn: `arn:aws:s3::${DEMO_ACCOUNT}:account`,
    name: 'S3 account settings',
    accountId: DEMO_ACCOUNT,
    region: 'global',
    // Never turned on: each bucket's own setting is all that protects it.
    publicAccessBlock: absent(),
  };
  return [...buckets.map(bucket), account];
}

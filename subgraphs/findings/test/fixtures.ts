/** Normalized S3 buckets for the integration tests: defaults of a private bucket, plus overrides. */
import type { Collected, InventoryResource, PublicAccessBlock, S3Account, S3Bucket } from '@cspmexa/resources';
import { absent, GLOBAL_REGION, ok, readError } from '@cspmexa/resources';

export const AWS_ACCOUNT = '111122223333';

export function bucket(name: string, overrides: Partial<S3Bucket> = {}): S3Bucket {
  return {
    kind: 'aws.s3.bucket',
    arn: `arn:aws:s3:::${name}`,
    name,
    accountId: AWS_ACCOUNT,
    region: 'us-east-1',
    acl: ok({ ownerId: 'owner', grants: [{ grantee: { type: 'CanonicalUser', id: 'owner' }, permission: 'FULL_CONTROL' }] }),
    policy: absent(),
    policyStatus: ok({ isPublic: false }),
    publicAccessBlock: ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
    encryption: ok({ rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', bucketKeyEnabled: true }] }),
    versioning: ok({ status: 'Enabled' }),
    logging: ok({ targetBucket: 'logs', targetPrefix: name }),
    ownershipControls: ok({ objectOwnership: 'BucketOwnerEnforced' }),
    objectLock: ok({ enabled: true }),
    ...overrides,
  };
}

/** Readable by everyone through its ACL, with no Block Public Access to stop it. */
export function publicBucket(name: string): S3Bucket {
  return bucket(name, {
    acl: ok({
      ownerId: 'owner',
      grants: [
        { grantee: { type: 'CanonicalUser', id: 'owner' }, permission: 'FULL_CONTROL' },
        { grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }, permission: 'READ' },
      ],
    }),
    publicAccessBlock: absent(),
  });
}

/** Nothing about exposure could be read (AccessDenied everywhere): a check must say UNKNOWN. */
export function unreadableBucket(name: string): S3Bucket {
  const denied = <T>(api: string) => readError<T>(api, 'AccessDenied', 'Access Denied');
  return bucket(name, {
    acl: denied('GetBucketAcl'),
    policy: denied('GetBucketPolicy'),
    policyStatus: denied('GetBucketPolicyStatus'),
    publicAccessBlock: denied('GetPublicAccessBlock'),
  });
}

/** The account-level S3 settings as the collector stores them (one per AWS account, region `global`). */
export function s3Account(accountId: string, publicAccessBlock: Collected<PublicAccessBlock>): S3Account {
  return { kind: 'aws.s3.account', arn: `arn:aws:s3::${accountId}:account`, name: 'S3 account settings', accountId, region: GLOBAL_REGION, publicAccessBlock };
}

export const asInventory = (id: string, resource: S3Bucket | S3Account): InventoryResource => ({ id, resource });

import {
  absent,
  ok,
  readError,
  type Collected,
  type PolicyDocument,
  type PolicyStatement,
  type PublicAccessBlock,
  type S3Bucket,
  type S3Grant,
} from '@cspmexa/resources';

export const OWNER_CANONICAL_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const ALL_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

export const NONE_BLOCKED: PublicAccessBlock = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/**
 * A bucket as the collector would write it for a well-configured bucket: private ACL, no policy, Block Public
 * Access on, SSE-KMS, versioning on. Tests override only the part they are about.
 */
export function s3Bucket(overrides: Partial<S3Bucket> = {}): S3Bucket {
  const name = overrides.name ?? 'example-bucket';
  return {
    kind: 'aws.s3.bucket',
    arn: `arn:aws:s3:::${name}`,
    name,
    accountId: '111122223333',
    region: 'eu-west-1',
    acl: ok({
      ownerId: OWNER_CANONICAL_ID,
      grants: [{ grantee: { type: 'CanonicalUser', id: OWNER_CANONICAL_ID }, permission: 'FULL_CONTROL' }],
    }),
    policy: absent(),
    policyStatus: absent(),
    publicAccessBlock: ok(ALL_BLOCKED),
    encryption: ok({ rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd' }] }),
    versioning: ok({ status: 'Enabled' }),
    logging: ok({}),
    ...overrides,
  };
}

/** The most common collection failure: the scanning role lacks the permission for `api`. */
export function accessDenied<T>(api: string): Collected<T> {
  return readError<T>(api, 'AccessDenied', 'Access Denied');
}

/** The owner's FULL_CONTROL grant plus `grants`, as GetBucketAcl returns an ACL. */
export function aclWith(...grants: S3Grant[]): S3Bucket['acl'] {
  const owner: S3Grant = { grantee: { type: 'CanonicalUser', id: OWNER_CANONICAL_ID }, permission: 'FULL_CONTROL' };
  return ok({ ownerId: OWNER_CANONICAL_ID, grants: [owner, ...grants] });
}

/** A grant of `permission` to a predefined group (AllUsers, AuthenticatedUsers, LogDelivery). */
export function groupGrant(uri: string, permission: S3Grant['permission']): S3Grant {
  return { grantee: { type: 'Group', uri }, permission };
}

/** A bucket policy holding `statements`, as the collector stores it once parsed. */
export function bucketPolicy(...statements: PolicyStatement[]): Collected<PolicyDocument> {
  return ok({ Version: '2012-10-17', Statement: statements });
}

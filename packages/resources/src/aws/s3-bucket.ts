/**
 * The normalized view of one S3 bucket, as the collector writes it and the checks read it.
 *
 * Every API-backed part is a `Collected<T>`: either the value the API returned, `absent` when the API said the
 * configuration does not exist (e.g. NoSuchBucketPolicy), or `error` when it could not be read (AccessDenied,
 * throttling, a malformed answer). Checks must turn `error` into UNKNOWN, never into PASS.
 */
import type { Collected } from '../collected';
import type { PolicyDocument } from './policy-document';

export type { PolicyDocument, PolicyStatement } from './policy-document';

export type S3Permission = 'FULL_CONTROL' | 'WRITE' | 'WRITE_ACP' | 'READ' | 'READ_ACP';

export interface S3Grant {
  /** Canonical user id, group URI or email of the grantee, as AWS returned it. */
  grantee: { type: 'CanonicalUser' | 'Group' | 'AmazonCustomerByEmail'; id?: string; uri?: string; email?: string };
  permission: S3Permission;
}

export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3BucketEncryption {
  /** One entry per rule; `AES256`, `aws:kms` or `aws:kms:dsse`. */
  rules: { sseAlgorithm: string; kmsMasterKeyId?: string; bucketKeyEnabled?: boolean }[];
}

export interface S3BucketVersioning {
  /** `Enabled`, `Suspended`, or undefined when versioning was never configured. */
  status?: 'Enabled' | 'Suspended';
  mfaDelete?: 'Enabled' | 'Disabled';
}

export interface S3BucketLogging {
  targetBucket?: string;
  targetPrefix?: string;
}

export interface S3Bucket {
  kind: 'aws.s3.bucket';
  arn: string;
  name: string;
  accountId: string;
  region: string;
  createdAt?: string;
  acl: Collected<{ ownerId?: string; grants: S3Grant[] }>;
  /** The bucket policy document, already parsed from JSON. */
  policy: Collected<PolicyDocument>;
  /** GetBucketPolicyStatus.IsPublic as AWS evaluates it. */
  policyStatus: Collected<{ isPublic: boolean }>;
  publicAccessBlock: Collected<PublicAccessBlock>;
  encryption: Collected<S3BucketEncryption>;
  versioning: Collected<S3BucketVersioning>;
  logging: Collected<S3BucketLogging>;
  /**
   * The bucket's tags (GetBucketTagging); `ok({})` when the bucket has none. Optional so that fixtures written
   * before tags were collected stay valid; the inventory collector always sets it.
   */
  tags?: Collected<Record<string, string>>;
  /** GetBucketOwnershipControls; `absent` when never set. Optional: fixtures predating it stay valid. */
  ownershipControls?: Collected<{ objectOwnership: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter' | string }>;
  /** GetObjectLockConfiguration; `absent` when the bucket has no Object Lock configuration. */
  objectLock?: Collected<S3ObjectLock>;
}

export interface S3ObjectLock {
  enabled: boolean;
  defaultRetention?: { mode?: string; days?: number; years?: number };
}

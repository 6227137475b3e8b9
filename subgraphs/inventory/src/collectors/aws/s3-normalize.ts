/** Pure mapping from S3 API answers to the normalized S3Bucket parts (no I/O, easy to test). */
import type {
  GetBucketAclCommandOutput,
  GetBucketEncryptionCommandOutput,
  GetBucketLoggingCommandOutput,
  GetBucketTaggingCommandOutput,
  GetBucketVersioningCommandOutput,
  GetObjectLockConfigurationCommandOutput,
  GetPublicAccessBlockCommandOutput,
} from '@aws-sdk/client-s3';
import type { PolicyDocument, PublicAccessBlock, S3BucketEncryption, S3BucketLogging, S3BucketVersioning, S3Grant, S3ObjectLock, S3Permission } from '@cspmexa/resources';

/** GetBucketLocation answers null/'' for us-east-1 and the legacy 'EU' for eu-west-1. */
export function regionFromLocation(location: string | null | undefined): string {
  if (!location) return 'us-east-1';
  if (location === 'EU') return 'eu-west-1';
  return location;
}

const permissions = new Set<S3Permission>(['FULL_CONTROL', 'WRITE', 'WRITE_ACP', 'READ', 'READ_ACP']);
const granteeTypes = new Set<S3Grant['grantee']['type']>(['CanonicalUser', 'Group', 'AmazonCustomerByEmail']);

export function normalizeAcl(out: GetBucketAclCommandOutput): { ownerId?: string; grants: S3Grant[] } {
  const grants: S3Grant[] = [];
  for (const g of out.Grants ?? []) {
    const type = g.Grantee?.Type as S3Grant['grantee']['type'] | undefined;
    const permission = g.Permission as S3Permission | undefined;
    if (!type || !granteeTypes.has(type) || !permission || !permissions.has(permission)) continue;
    grants.push({
      grantee: {
        type,
        ...(g.Grantee?.ID ? { id: g.Grantee.ID } : {}),
        ...(g.Grantee?.URI ? { uri: g.Grantee.URI } : {}),
        ...(g.Grantee?.EmailAddress ? { email: g.Grantee.EmailAddress } : {}),
      },
      permission,
    });
  }
  return { ...(out.Owner?.ID ? { ownerId: out.Owner.ID } : {}), grants };
}

/** Parses a policy document; throws when it is not a JSON object with a Statement (the caller records an error). */
export function parsePolicy(text: string | undefined): PolicyDocument {
  const doc = JSON.parse(text ?? '') as unknown;
  if (!doc || typeof doc !== 'object' || !('Statement' in doc)) throw new SyntaxError('policy has no Statement');
  return doc as PolicyDocument;
}

export function normalizePublicAccessBlock(out: GetPublicAccessBlockCommandOutput): PublicAccessBlock {
  const c = out.PublicAccessBlockConfiguration ?? {};
  // An unset flag is not blocking: AWS treats a missing flag as false.
  return {
    blockPublicAcls: c.BlockPublicAcls === true,
    ignorePublicAcls: c.IgnorePublicAcls === true,
    blockPublicPolicy: c.BlockPublicPolicy === true,
    restrictPublicBuckets: c.RestrictPublicBuckets === true,
  };
}

export function normalizeEncryption(out: GetBucketEncryptionCommandOutput): S3BucketEncryption {
  const rules = (out.ServerSideEncryptionConfiguration?.Rules ?? []).flatMap((r) => {
    const d = r.ApplyServerSideEncryptionByDefault;
    if (!d?.SSEAlgorithm) return [];
    return [
      {
        sseAlgorithm: d.SSEAlgorithm,
        ...(d.KMSMasterKeyID ? { kmsMasterKeyId: d.KMSMasterKeyID } : {}),
        ...(r.BucketKeyEnabled !== undefined ? { bucketKeyEnabled: r.BucketKeyEnabled } : {}),
      },
    ];
  });
  return { rules };
}

export function normalizeVersioning(out: GetBucketVersioningCommandOutput): S3BucketVersioning {
  return {
    ...(out.Status === 'Enabled' || out.Status === 'Suspended' ? { status: out.Status } : {}),
    ...(out.MFADelete === 'Enabled' || out.MFADelete === 'Disabled' ? { mfaDelete: out.MFADelete } : {}),
  };
}

/** Logging disabled is `{}` (no target), a readable state rather than an absent one. */
export function normalizeLogging(out: GetBucketLoggingCommandOutput): S3BucketLogging {
  const l = out.LoggingEnabled;
  if (!l) return {};
  return { ...(l.TargetBucket ? { targetBucket: l.TargetBucket } : {}), ...(l.TargetPrefix !== undefined ? { targetPrefix: l.TargetPrefix } : {}) };
}

export function normalizeTags(out: GetBucketTaggingCommandOutput): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const t of out.TagSet ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  return tags;
}

export function normalizeObjectLock(out: GetObjectLockConfigurationCommandOutput): S3ObjectLock {
  const c = out.ObjectLockConfiguration;
  const d = c?.Rule?.DefaultRetention;
  const retention = d ? { ...(d.Mode ? { mode: d.Mode } : {}), ...(d.Days !== undefined ? { days: d.Days } : {}), ...(d.Years !== undefined ? { years: d.Years } : {}) } : undefined;
  return { enabled: c?.ObjectLockEnabled === 'Enabled', ...(retention ? { defaultRetention: retention } : {}) };
}

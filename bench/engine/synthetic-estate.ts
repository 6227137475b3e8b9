/** A deterministic synthetic estate of S3 buckets in the mix of states a real account has. */
import { absent, ok, readError, type InventoryResource, type S3Bucket } from '@cspmexa/resources';

const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

export function syntheticBuckets(count: number): InventoryResource<S3Bucket>[] {
  const out: InventoryResource<S3Bucket>[] = [];
  for (let i = 0; i < count; i++) {
    const name = `bucket-${i}`;
    const isPublic = i % 10 === 0;
    const denied = i % 97 === 0;
    out.push({
      id: `r-${i}`,
      resource: {
        kind: 'aws.s3.bucket',
        arn: `arn:aws:s3:::${name}`,
        name,
        accountId: String(100000000000 + (i % 5)),
        region: i % 2 ? 'eu-west-1' : 'us-east-1',
        acl: denied
          ? readError('s3:GetBucketAcl', 'AccessDenied', 'denied')
          : ok({ ownerId: OWNER, grants: [{ grantee: { type: 'CanonicalUser', id: OWNER }, permission: 'FULL_CONTROL' }, ...(isPublic ? [{ grantee: { type: 'Group' as const, uri: ALL_USERS }, permission: 'READ' as const }] : [])] }),
        policy: i % 7 === 0 ? ok({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${name}/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }] }) : absent(),
        policyStatus: i % 7 === 0 ? ok({ isPublic: false }) : absent(),
        publicAccessBlock: i % 3 === 0 ? absent() : ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
        encryption: ok({ rules: [{ sseAlgorithm: i % 4 === 0 ? 'aws:kms' : 'AES256' }] }),
        versioning: ok(i % 2 === 0 ? { status: 'Enabled' } : {}),
        logging: ok({}),
      },
    });
  }
  return out;
}

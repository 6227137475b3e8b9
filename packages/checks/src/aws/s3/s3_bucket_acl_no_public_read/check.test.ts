import { absent, ok, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import type { AccountContext } from '../../../engine/context';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI } from '../lib/acl';
import { accessDenied, aclWith, ALL_BLOCKED, groupGrant, NONE_BLOCKED, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const bucket = (overrides: Partial<S3Bucket>) => s3Bucket({ publicAccessBlock: ok(NONE_BLOCKED), ...overrides });
const verdict = (b: S3Bucket, account?: AccountContext) => {
  const results = evaluateCheck(check, b, { account });
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3_bucket_acl_no_public_read (S3-05)', () => {
  it.each([
    ['READ', ALL_USERS_URI, 'AllUsers'],
    ['FULL_CONTROL', ALL_USERS_URI, 'AllUsers'],
    ['READ', AUTHENTICATED_USERS_URI, 'AuthenticatedUsers'],
  ] as const)('S3-05 fails for %s granted to %s, which lets them list the bucket', (permission, uri, group) => {
    const result = verdict(bucket({ acl: aclWith(groupGrant(uri, permission)) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`public list access: ${permission} to ${group}`);
  });

  it('S3-05 passes for public WRITE, WRITE_ACP and READ_ACP, which do not list objects (S3-04 judges writes)', () => {
    const acl = aclWith(groupGrant(ALL_USERS_URI, 'WRITE'), groupGrant(ALL_USERS_URI, 'WRITE_ACP'), groupGrant(AUTHENTICATED_USERS_URI, 'READ_ACP'));
    expect(verdict(bucket({ acl })).status).toBe('PASS');
  });

  it('S3-05 passes for a private ACL, and for an absent one', () => {
    expect(verdict(bucket({})).message).toBe('The ACL of bucket example-bucket grants no public list access to AllUsers or AuthenticatedUsers');
    expect(verdict(bucket({ acl: absent() })).status).toBe('PASS');
  });

  it('S3-05 passes with a message when IgnorePublicAcls neutralizes the grant', () => {
    const result = verdict(bucket({ acl: aclWith(groupGrant(ALL_USERS_URI, 'READ')), publicAccessBlock: ok(ALL_BLOCKED) }));
    expect(result.status).toBe('PASS');
    expect(result.evidence).toMatchObject({ neutralizedBy: 'ignorePublicAcls (bucket level)' });
  });

  it('S3-05 fails when only RestrictPublicBuckets is on, which concerns policies, not ACLs', () => {
    const pab = ok({ ...NONE_BLOCKED, restrictPublicBuckets: true });
    expect(verdict(bucket({ acl: aclWith(groupGrant(ALL_USERS_URI, 'READ')), publicAccessBlock: pab })).status).toBe('FAIL');
  });

  it('S3-05 is UNKNOWN when the ACL cannot be read, naming GetBucketAcl and the code', () => {
    const result = verdict(bucket({ acl: accessDenied('GetBucketAcl') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketAcl failed with AccessDenied');
  });

  it('S3-05 is UNKNOWN when the bucket has no IgnorePublicAcls and the account level cannot be read', () => {
    const result = verdict(bucket({ acl: aclWith(groupGrant(ALL_USERS_URI, 'READ')), publicAccessBlock: absent() }), {
      s3PublicAccessBlock: accessDenied('s3control:GetPublicAccessBlock'),
    });
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('s3control:GetPublicAccessBlock failed with AccessDenied');
  });
});

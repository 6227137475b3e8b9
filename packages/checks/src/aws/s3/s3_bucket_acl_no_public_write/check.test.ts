import { absent, ok, type S3Bucket, type S3Grant } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import type { AccountContext } from '../../../engine/context';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI } from '../lib/acl';
import { accessDenied, aclWith, ALL_BLOCKED, groupGrant, NONE_BLOCKED, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

// Default: Block Public Access off, so each test decides whether IgnorePublicAcls is in force.
const bucket = (overrides: Partial<S3Bucket>) => s3Bucket({ publicAccessBlock: ok(NONE_BLOCKED), ...overrides });
const verdict = (b: S3Bucket, account?: AccountContext) => {
  const results = evaluateCheck(check, b, { account });
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3_bucket_acl_no_public_write (S3-04)', () => {
  it.each([
    ['WRITE', ALL_USERS_URI, 'AllUsers'],
    ['WRITE_ACP', ALL_USERS_URI, 'AllUsers'],
    ['FULL_CONTROL', ALL_USERS_URI, 'AllUsers'],
    ['WRITE', AUTHENTICATED_USERS_URI, 'AuthenticatedUsers'],
    ['FULL_CONTROL', AUTHENTICATED_USERS_URI, 'AuthenticatedUsers'],
  ] as const)('S3-04 fails for %s granted to %s', (permission, uri, group) => {
    const result = verdict(bucket({ acl: aclWith(groupGrant(uri, permission)) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`${permission} to ${group}`);
    expect(result.evidence).toEqual({ publicAclGrants: [`${permission} to ${group}`] });
  });

  it('S3-04 passes for public READ and READ_ACP, which do not let anyone write', () => {
    const acl = aclWith(groupGrant(ALL_USERS_URI, 'READ'), groupGrant(AUTHENTICATED_USERS_URI, 'READ_ACP'));
    expect(verdict(bucket({ acl })).status).toBe('PASS');
  });

  it('S3-04 passes for a private ACL and for WRITE granted to the log delivery group', () => {
    expect(verdict(bucket({})).status).toBe('PASS');
    const logDelivery: S3Grant = groupGrant('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE');
    expect(verdict(bucket({ acl: aclWith(logDelivery) })).status).toBe('PASS');
  });

  it('S3-04 matches the https spelling of the group URI too', () => {
    const acl = aclWith(groupGrant('https://acs.amazonaws.com/groups/global/AllUsers', 'WRITE'));
    expect(verdict(bucket({ acl })).status).toBe('FAIL');
  });

  it('S3-04 lists every offending grant once', () => {
    const acl = aclWith(groupGrant(ALL_USERS_URI, 'WRITE'), groupGrant(ALL_USERS_URI, 'READ'), groupGrant(AUTHENTICATED_USERS_URI, 'WRITE_ACP'));
    expect(verdict(bucket({ acl })).message).toMatch(/WRITE to AllUsers, WRITE_ACP to AuthenticatedUsers$/);
  });

  it('S3-04 passes with a message when IgnorePublicAcls neutralizes the grant, at bucket or account level', () => {
    const acl = aclWith(groupGrant(ALL_USERS_URI, 'WRITE'));
    const atBucket = verdict(bucket({ acl, publicAccessBlock: ok({ ...NONE_BLOCKED, ignorePublicAcls: true }) }));
    expect(atBucket).toMatchObject({ status: 'PASS', message: expect.stringContaining('neutralized by ignorePublicAcls (bucket level)') });
    const atAccount = verdict(bucket({ acl, publicAccessBlock: absent() }), { s3PublicAccessBlock: ok(ALL_BLOCKED) });
    expect(atAccount.message).toContain('(account level)');
  });

  it('S3-04 is not saved by BlockPublicAcls, which only refuses new public ACLs', () => {
    const pab = ok({ ...NONE_BLOCKED, blockPublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true });
    expect(verdict(bucket({ acl: aclWith(groupGrant(ALL_USERS_URI, 'WRITE')), publicAccessBlock: pab })).status).toBe('FAIL');
  });

  it('S3-04 is UNKNOWN when the ACL cannot be read, naming GetBucketAcl and the code', () => {
    const result = verdict(bucket({ acl: accessDenied('GetBucketAcl') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketAcl failed with AccessDenied');
  });

  it('S3-04 is UNKNOWN when a public write grant exists and Block Public Access cannot be read', () => {
    const result = verdict(bucket({ acl: aclWith(groupGrant(ALL_USERS_URI, 'WRITE')), publicAccessBlock: accessDenied('GetPublicAccessBlock') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetPublicAccessBlock failed with AccessDenied');
  });

  it('S3-04 passes a private ACL even when Block Public Access cannot be read, since nothing needs neutralizing', () => {
    expect(verdict(bucket({ publicAccessBlock: accessDenied('GetPublicAccessBlock') })).status).toBe('PASS');
  });
});

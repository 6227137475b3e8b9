import { absent, ok, type S3Bucket, type S3Grant } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import type { AccountContext } from '../../../engine/context';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI } from '../lib/acl';
import { accessDenied, ALL_BLOCKED, NONE_BLOCKED, OWNER_CANONICAL_ID, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';
import { readPolicy } from './fixtures/policies';

const aclGranting = (uri: string, permission: S3Grant['permission'] = 'READ'): S3Bucket['acl'] =>
  ok({ ownerId: OWNER_CANONICAL_ID, grants: [{ grantee: { type: 'Group', uri }, permission }] });
// Default: nothing blocked at bucket level, so each test decides what Block Public Access does.
const bucket = (overrides: Partial<S3Bucket>) => s3Bucket({ publicAccessBlock: ok(NONE_BLOCKED), ...overrides });
const verdict = (b: S3Bucket, account?: AccountContext) => {
  const results = evaluateCheck(check, b, { account });
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3_bucket_public_access: ACL', () => {
  it('fails for an AllUsers grant', () => {
    const result = verdict(bucket({ acl: aclGranting(ALL_USERS_URI) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('READ to AllUsers');
  });

  it('fails for an AuthenticatedUsers grant (any AWS account is not private)', () => {
    const result = verdict(bucket({ acl: aclGranting(AUTHENTICATED_USERS_URI, 'WRITE') }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('WRITE to AuthenticatedUsers');
  });

  it('passes when the policy is absent and the ACL is private', () => {
    expect(verdict(bucket({ policy: absent() })).status).toBe('PASS');
  });

  it('is UNKNOWN when the ACL cannot be read, naming GetBucketAcl and the code', () => {
    const result = verdict(bucket({ acl: accessDenied('GetBucketAcl') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketAcl failed with AccessDenied');
  });
});

describe('s3_bucket_public_access: bucket policy', () => {
  it.each([
    ['Principal "*"', '*' as const],
    ['Principal {"AWS":"*"}', { AWS: '*' }],
    ['Principal {"AWS":["*"]}', { AWS: ['*'] }],
  ])('fails for %s', (_name, principal) => {
    const result = verdict(bucket({ policy: ok(readPolicy(principal)), policyStatus: ok({ isPublic: true }) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('statement Read');
  });

  it('fails on our own analysis even when policy status says not public', () => {
    expect(verdict(bucket({ policy: ok(readPolicy('*')), policyStatus: ok({ isPublic: false }) })).status).toBe('FAIL');
  });

  it('is not public when an aws:SourceVpce condition restricts the statement', () => {
    const policy = readPolicy('*', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } });
    expect(verdict(bucket({ policy: ok(policy), policyStatus: ok({ isPublic: false }) })).status).toBe('PASS');
  });

  it('is not public when an aws:PrincipalOrgID condition restricts the statement', () => {
    const policy = readPolicy({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } });
    expect(verdict(bucket({ policy: ok(policy), policyStatus: ok({ isPublic: false }) })).status).toBe('PASS');
  });

  it.each([
    ['a wildcard organisation id', { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }],
    ['a wildcard VPC endpoint id', { StringLike: { 'aws:SourceVpce': 'vpce-*' } }],
    ['a policy variable as the source account', { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } }],
    ['source IPs covering all of IPv6 (0::/0)', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0::/0'] } }],
    ['source IPs covering all of IPv4 in two halves', { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } }],
  ])('is public when the only condition tests %s: no fixed value limits the caller', (_name, condition) => {
    const result = verdict(bucket({ policy: ok(readPolicy('*', condition)), policyStatus: ok({ isPublic: true }) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('statement Read');
  });

  it('ignores Deny statements with Principal "*"', () => {
    const policy = readPolicy('*', { Bool: { 'aws:SecureTransport': false } }, 'Deny');
    expect(verdict(bucket({ policy: ok(policy), policyStatus: ok({ isPublic: false }) })).status).toBe('PASS');
  });

  it('fails when GetBucketPolicyStatus says public although our analysis found nothing', () => {
    const policy = readPolicy({ AWS: 'arn:aws:iam::111122223333:root' });
    const result = verdict(bucket({ policy: ok(policy), policyStatus: ok({ isPublic: true }) }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('GetBucketPolicyStatus');
  });

  it('is UNKNOWN when the policy cannot be read', () => {
    const result = verdict(bucket({ policy: accessDenied('GetBucketPolicy') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicy failed with AccessDenied');
  });

  it('is UNKNOWN when a policy exists, looks private, but its policy status cannot be read', () => {
    const policy = readPolicy({ AWS: 'arn:aws:iam::111122223333:root' });
    const result = verdict(bucket({ policy: ok(policy), policyStatus: accessDenied('GetBucketPolicyStatus') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicyStatus failed with AccessDenied');
    const relaxed = evaluateCheck(check, bucket({ policy: ok(policy), policyStatus: accessDenied('GetBucketPolicyStatus') }), {
      settings: { requirePolicyStatus: false },
    });
    expect(relaxed[0]?.status).toBe('PASS');
  });

  it('is UNKNOWN when the policy status call says there is no policy although the policy call returned one', () => {
    const policy = readPolicy({ AWS: 'arn:aws:iam::111122223333:root' });
    const result = verdict(bucket({ policy: ok(policy), policyStatus: absent() }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicyStatus failed with NoSuchBucketPolicy');
    const restricted = verdict(bucket({ policy: ok(policy), policyStatus: absent(), publicAccessBlock: ok(ALL_BLOCKED) }));
    expect(restricted.status).toBe('PASS');
  });
});

describe('s3_bucket_public_access: Block Public Access', () => {
  it('IgnorePublicAcls neutralizes a public ACL grant', () => {
    const result = verdict(bucket({ acl: aclGranting(ALL_USERS_URI), publicAccessBlock: ok({ ...NONE_BLOCKED, ignorePublicAcls: true }) }));
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('neutralized by ignorePublicAcls (bucket level)');
  });

  it('BlockPublicAcls alone does not neutralize an existing grant', () => {
    const pab = ok({ ...NONE_BLOCKED, blockPublicAcls: true, blockPublicPolicy: true });
    expect(verdict(bucket({ acl: aclGranting(ALL_USERS_URI), publicAccessBlock: pab })).status).toBe('FAIL');
  });

  it('RestrictPublicBuckets neutralizes a public policy', () => {
    const pab = ok({ ...NONE_BLOCKED, restrictPublicBuckets: true });
    const result = verdict(bucket({ policy: ok(readPolicy('*')), policyStatus: ok({ isPublic: true }), publicAccessBlock: pab }));
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('restrictPublicBuckets');
  });

  it('RestrictPublicBuckets does not neutralize a public ACL', () => {
    const pab = ok({ ...NONE_BLOCKED, restrictPublicBuckets: true });
    expect(verdict(bucket({ acl: aclGranting(ALL_USERS_URI), publicAccessBlock: pab })).status).toBe('FAIL');
  });

  it('account-level Block Public Access neutralizes ACL and policy grants', () => {
    const exposed = bucket({ acl: aclGranting(ALL_USERS_URI), policy: ok(readPolicy('*')), policyStatus: ok({ isPublic: true }), publicAccessBlock: absent() });
    expect(verdict(exposed).status).toBe('FAIL');
    const result = verdict(exposed, { s3PublicAccessBlock: ok(ALL_BLOCKED) });
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('(account level)');
  });

  it('is UNKNOWN when a public grant exists and Block Public Access cannot be read', () => {
    const result = verdict(bucket({ acl: aclGranting(ALL_USERS_URI), publicAccessBlock: accessDenied('GetPublicAccessBlock') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetPublicAccessBlock failed with AccessDenied');
  });

  it('still fails on a public ACL when another input is unreadable', () => {
    const result = verdict(bucket({ acl: aclGranting(ALL_USERS_URI), policy: accessDenied('GetBucketPolicy') }));
    expect(result.status).toBe('FAIL');
  });
});

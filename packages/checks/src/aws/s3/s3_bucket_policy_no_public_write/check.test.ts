import { absent, ok, type PolicyStatement, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import type { AccountContext } from '../../../engine/context';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ALL_BLOCKED, bucketPolicy, NONE_BLOCKED, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const OBJECTS = 'arn:aws:s3:::example-bucket/*';
const allow = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: OBJECTS, ...extra });
const deny = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Sid: 'NoWrites', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: OBJECTS, ...extra });
// Default: Block Public Access off, so each test decides whether RestrictPublicBuckets is in force.
const withPolicy = (statements: PolicyStatement[], overrides: Partial<S3Bucket> = {}) =>
  s3Bucket({ policy: bucketPolicy(...statements), publicAccessBlock: ok(NONE_BLOCKED), ...overrides });
const verdict = (b: S3Bucket, account?: AccountContext, settings?: Record<string, readonly string[]>) => {
  const results = evaluateCheck(check, b, { account, settings });
  expect(results).toHaveLength(1);
  return results[0]!;
};
const statusOf = (...statements: PolicyStatement[]) => verdict(withPolicy(statements)).status;

describe('s3_bucket_policy_no_public_write (S3-06): principals', () => {
  it.each([
    ['Principal "*"', '*' as const, 'Principal:*'],
    ['Principal {"AWS":"*"}', { AWS: '*' }, 'Principal:{AWS:*}'],
    ['Principal {"AWS":["<account arn>","*"]}', { AWS: ['arn:aws:iam::111122223333:root', '*'] }, 'Principal:{AWS:*}'],
  ])('S3-06 fails for %s', (_name, Principal, label) => {
    const result = verdict(withPolicy([allow({ Principal })]));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`statement Public (${label}) allows s3:Put*`);
  });

  it('S3-06 fails for an Allow with NotPrincipal, which allows everyone except the listed principals', () => {
    expect(statusOf(allow({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe('FAIL');
  });

  it('S3-06 passes for writers named by ARN and for service principals (S3-13 judges other accounts)', () => {
    expect(statusOf(allow({ Principal: { AWS: 'arn:aws:iam::444455556666:role/Uploader' } }))).toBe('PASS');
    expect(statusOf(allow({ Principal: { Service: 'logging.s3.amazonaws.com' } }))).toBe('PASS');
  });
});

describe('s3_bucket_policy_no_public_write (S3-06): actions', () => {
  it.each([['s3:PutObject'], ['s3:DeleteObject'], ['s3:PutBucketPolicy'], ['s3:*'], ['*'], ['s3:*Object'], ['s3:Put*'], ['s3:ReplicateObject']])(
    'S3-06 fails for Action %s granted to everyone',
    (action) => {
      expect(statusOf(allow({ Action: action }))).toBe('FAIL');
    },
  );

  it('S3-06 finds the write in an action list and names every write pattern reached', () => {
    const result = verdict(withPolicy([allow({ Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] })]));
    expect(result.message).toContain('allows s3:Put*, s3:Delete*');
    expect(result.evidence).toMatchObject({ publicWrites: [{ index: 0, sid: 'Public', writes: ['s3:Put*', 's3:Delete*'] }] });
  });

  it('S3-06 passes for read and list actions only, including wildcards that stay within reads', () => {
    expect(statusOf(allow({ Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket'] }))).toBe('PASS');
    expect(statusOf(allow({ Action: ['s3:Get*', 's3:List*'] }))).toBe('PASS');
  });

  it('S3-06 reads NotAction as every other action: a write unless the exceptions cover all writes', () => {
    expect(statusOf(allow({ Action: undefined, NotAction: 's3:GetObject' }))).toBe('FAIL');
    expect(statusOf(allow({ Action: undefined, NotAction: ['s3:Put*', 's3:Delete*'] }))).toBe('FAIL');
    expect(statusOf(allow({ Action: undefined, NotAction: ['s3:Put*', 's3:Delete*', 's3:Replicate*'] }))).toBe('PASS');
  });

  it('S3-06 uses the writeActionPatterns setting', () => {
    const policy = withPolicy([allow({ Action: 's3:ReplicateObject' })]);
    expect(verdict(policy, undefined, { writeActionPatterns: ['s3:Put*', 's3:Delete*'] }).status).toBe('PASS');
  });

  it('S3-06 accepts a policy whose Statement is a single object', () => {
    const single = s3Bucket({ policy: ok({ Statement: allow({}) }), publicAccessBlock: ok(NONE_BLOCKED) });
    expect(verdict(single).status).toBe('FAIL');
  });
});

describe('s3_bucket_policy_no_public_write (S3-06): conditions', () => {
  it.each([
    ['aws:SourceVpce', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } }],
    ['aws:SourceIp', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }],
  ])('S3-06 passes when %s restricts the caller', (_key, Condition) => {
    expect(statusOf(allow({ Condition }))).toBe('PASS');
  });

  it.each([
    ['a condition that does not narrow the caller (SecureTransport)', { Bool: { 'aws:SecureTransport': 'true' } }],
    ['an IfExists condition, satisfied by anonymous callers', { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    ['a negated condition, which allows everyone else', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } }],
    ['a match-everything value', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }],
  ])('S3-06 fails despite %s', (_name, Condition) => {
    expect(statusOf(allow({ Condition }))).toBe('FAIL');
  });
});

describe('s3_bucket_policy_no_public_write (S3-06): Deny statements', () => {
  it('S3-06 passes when an unconditional Deny for everyone cancels the write, before or after the Allow', () => {
    expect(statusOf(deny({}), allow({}))).toBe('PASS');
    const after = verdict(withPolicy([allow({}), deny({ Action: 's3:Put*' })]));
    expect(after.status).toBe('PASS');
    expect(after.evidence).toMatchObject({ deniedWrites: [{ index: 0, write: 's3:Put*', deniedBy: 1 }] });
  });

  it('S3-06 fails when the Deny is conditional, names some principals, or misses actions or resources', () => {
    expect(statusOf(allow({}), deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } }))).toBe('FAIL');
    expect(statusOf(allow({}), deny({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }))).toBe('FAIL');
    expect(statusOf(allow({ Action: ['s3:PutObject', 's3:DeleteObject'] }), deny({ Action: 's3:Put*' }))).toBe('FAIL');
    expect(statusOf(allow({ Resource: '*' }), deny({}))).toBe('FAIL');
  });
});

describe('s3_bucket_policy_no_public_write (S3-06): Block Public Access and unreadable data', () => {
  it('S3-06 passes with a message when RestrictPublicBuckets neutralizes the public write', () => {
    const result = verdict(withPolicy([allow({})], { publicAccessBlock: ok({ ...NONE_BLOCKED, restrictPublicBuckets: true }) }));
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('neutralized by restrictPublicBuckets (bucket level)');
  });

  it('S3-06 honours account-level RestrictPublicBuckets', () => {
    const b = withPolicy([allow({})], { publicAccessBlock: absent() });
    expect(verdict(b).status).toBe('FAIL');
    expect(verdict(b, { s3PublicAccessBlock: ok(ALL_BLOCKED) }).message).toContain('(account level)');
  });

  it('S3-06 is not saved by BlockPublicPolicy, which only refuses new public policies', () => {
    const pab = ok({ ...NONE_BLOCKED, blockPublicPolicy: true, ignorePublicAcls: true });
    expect(verdict(withPolicy([allow({})], { publicAccessBlock: pab })).status).toBe('FAIL');
  });

  it('S3-06 passes when there is no bucket policy', () => {
    expect(verdict(s3Bucket({ policy: absent() })).status).toBe('PASS');
  });

  it('S3-06 is UNKNOWN when the policy cannot be read, naming GetBucketPolicy and the code', () => {
    const result = verdict(s3Bucket({ policy: accessDenied('GetBucketPolicy') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicy failed with AccessDenied');
  });

  it('S3-06 is UNKNOWN when the policy allows public writes and Block Public Access cannot be read', () => {
    const result = verdict(withPolicy([allow({})], { publicAccessBlock: accessDenied('GetPublicAccessBlock') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetPublicAccessBlock failed with AccessDenied');
  });
});

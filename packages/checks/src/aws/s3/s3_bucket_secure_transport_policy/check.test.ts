import { absent, ok, type PolicyStatement, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, bucketPolicy, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const BUCKET = 'arn:aws:s3:::example-bucket';
const OBJECTS = `${BUCKET}/*`;
const denyHttp = (extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [BUCKET, OBJECTS],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});
const readByOwner: PolicyStatement = { Sid: 'Owner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: OBJECTS };
const verdict = (b: S3Bucket) => {
  const results = evaluateCheck(check, b);
  expect(results).toHaveLength(1);
  return results[0]!;
};
const judge = (...statements: PolicyStatement[]) => verdict(s3Bucket({ policy: bucketPolicy(...statements) }));

describe('s3_bucket_secure_transport_policy (S3-07): passing policies', () => {
  it('S3-07 passes for the CIS 2.1.1 statement, naming it', () => {
    const result = judge(readByOwner, denyHttp());
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('statement DenyHttp');
    expect(result.evidence).toMatchObject({ coverage: [{ target: BUCKET, deniedBy: 'DenyHttp' }, { target: OBJECTS, deniedBy: 'DenyHttp' }] });
  });

  it.each([
    ['Principal {"AWS":"*"}', { Principal: { AWS: '*' } }],
    ['Action "*"', { Action: '*' }],
    ['Action in a list', { Action: ['s3:GetObject', 's3:*'] }],
    ['NotAction on another service', { Action: undefined, NotAction: 'iam:*' }],
    ['Resource "*"', { Resource: '*' }],
    ['Resource "arn:aws:s3:::example-bucket*"', { Resource: `${BUCKET}*` }],
    ['a boolean false', { Condition: { Bool: { 'aws:SecureTransport': false } } }],
    ['a list value and a lower-case key', { Condition: { Bool: { 'aws:securetransport': ['false'] } } }],
    ['BoolIfExists (the key is in every request)', { Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }],
  ] as const)('S3-07 passes with %s', (_name, extra) => {
    expect(judge(denyHttp(extra as Partial<PolicyStatement>)).status).toBe('PASS');
  });

  it('S3-07 passes when two statements cover the bucket and its objects between them, in any order', () => {
    expect(judge(denyHttp({ Sid: 'Objects', Resource: OBJECTS }), readByOwner, denyHttp({ Sid: 'Bucket', Resource: BUCKET })).message).toContain(
      'statement Bucket, Objects',
    );
  });

  it('S3-07 reports a TLS-version Deny next to the SecureTransport one as evidence', () => {
    const floor = denyHttp({ Sid: 'Tls12', Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } });
    expect(judge(denyHttp(), floor).evidence).toMatchObject({ tlsVersionFloors: ['1.2'] });
  });
});

describe('s3_bucket_secure_transport_policy (S3-07): failing policies', () => {
  it('S3-07 fails without a bucket policy', () => {
    const result = verdict(s3Bucket({ policy: absent() }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('no bucket policy');
  });

  it('S3-07 fails for a policy without any TLS statement', () => {
    expect(judge(readByOwner).status).toBe('FAIL');
  });

  it('S3-07 fails for a Deny that covers only the objects, naming the unprotected bucket ARN', () => {
    const result = judge(denyHttp({ Resource: OBJECTS }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`does not deny plain-HTTP requests to ${BUCKET}`);
    expect(result.message).not.toContain(`${BUCKET} and`);
  });

  it('S3-07 fails for a Deny on another bucket, saying which statement missed', () => {
    const result = judge(denyHttp({ Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] }));
    expect(result.message).toContain('statement DenyHttp covers neither');
  });

  it.each([
    ['an Allow on SecureTransport true', { Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, 'is an Allow'],
    ['a Deny on SecureTransport true', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, 'does not test'],
    ['a Deny for one account only', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }, 'every principal'],
    ['a Deny with NotPrincipal', { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Legacy' } }, 'every principal'],
    ['a Deny of some actions only', { Action: ['s3:GetObject', 's3:PutObject'] }, 'every S3 action'],
    ['a Deny whose NotAction exempts S3 reads', { Action: undefined, NotAction: 's3:Get*' }, 'every S3 action'],
    [
      'a Deny narrowed by an ANDed source-IP condition',
      { Condition: { Bool: { 'aws:SecureTransport': 'false' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
      'ANDs other conditions',
    ],
    [
      'a Deny that ANDs SecureTransport with a TLS version (no plain-HTTP request has one)',
      { Condition: { Bool: { 'aws:SecureTransport': 'false' }, NumericLessThan: { 's3:TlsVersion': '1.2' } } },
      'ANDs other conditions',
    ],
  ] as const)('S3-07 fails for %s', (_name, extra, reason) => {
    const result = judge(denyHttp(extra as Partial<PolicyStatement>));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(reason);
  });

  it('S3-07 does not accept NumericLessThan s3:TlsVersion alone: plain HTTP carries no TLS version', () => {
    const floorOnly = denyHttp({ Sid: 'Tls12', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 as unknown as string } } });
    const result = judge(floorOnly);
    expect(result.status).toBe('FAIL');
    expect(result.evidence).toMatchObject({ tlsVersionFloors: ['1.2'] });
  });
});

describe('s3_bucket_secure_transport_policy (S3-07): unreadable data', () => {
  it('S3-07 is UNKNOWN when the policy cannot be read, naming GetBucketPolicy and the code', () => {
    const result = verdict(s3Bucket({ policy: accessDenied('GetBucketPolicy') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicy failed with AccessDenied');
  });

  it('S3-07 accepts a policy whose Statement is a single object', () => {
    expect(verdict(s3Bucket({ policy: ok({ Statement: denyHttp() }) })).status).toBe('PASS');
  });
});

import { absent, ok, type PolicyStatement, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, bucketPolicy, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const OWN = '111122223333';
const OTHER = '444455556666';
const OBJECTS = 'arn:aws:s3:::example-bucket/*';
const allowTo = (AWS: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Sid: 'Grant',
  Effect: 'Allow',
  Principal: { AWS },
  Action: 's3:GetObject',
  Resource: OBJECTS,
  ...extra,
});
const verdict = (b: S3Bucket, trustedAccountIds?: string[]) => {
  const results = evaluateCheck(check, b, { settings: trustedAccountIds ? { trustedAccountIds } : undefined });
  expect(results).toHaveLength(1);
  return results[0]!;
};
const judge = (...statements: PolicyStatement[]) => verdict(s3Bucket({ policy: bucketPolicy(...statements) }));

describe('s3_bucket_policy_no_cross_account_access (S3-13): principal forms', () => {
  it.each([
    ['a bare account id', OTHER],
    ['the account root ARN', `arn:aws:iam::${OTHER}:root`],
    ['a role of the account', `arn:aws:iam::${OTHER}:role/service/Reader`],
    ['a user of the account', `arn:aws:iam::${OTHER}:user/alice`],
    ['an assumed-role session', `arn:aws:sts::${OTHER}:assumed-role/Reader/session-1`],
    ['an ARN of another partition', `arn:aws-us-gov:iam::${OTHER}:root`],
  ])('S3-13 fails for %s, naming the account and the statement', (_name, principal) => {
    const result = judge(allowTo(principal));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`${OTHER} (statement Grant)`);
    expect(result.evidence).toMatchObject({ crossAccountGrants: [{ principal, accountId: OTHER, statement: 'Grant' }] });
  });

  it('S3-13 finds the other account inside a principal list that also names the own account', () => {
    expect(judge(allowTo([`arn:aws:iam::${OWN}:root`, `arn:aws:iam::${OTHER}:role/Reader`])).status).toBe('FAIL');
  });

  it('S3-13 groups several principals of one account and lists every account', () => {
    const result = judge(
      allowTo([`arn:aws:iam::${OTHER}:role/A`, `arn:aws:iam::${OTHER}:role/B`]),
      allowTo('999988887777', { Sid: 'Backup', Action: 's3:PutObject' }),
    );
    expect(result.message).toMatch(/access: 444455556666 \(statement Grant\); 999988887777 \(statement Backup\)$/);
  });

  it('S3-13 labels statements without Sid by their position', () => {
    expect(judge(allowTo(OWN), allowTo(OTHER, { Sid: undefined })).message).toContain(`${OTHER} (statement #1)`);
  });

  it('S3-13 passes for the own account in every form', () => {
    const result = judge(allowTo([OWN, `arn:aws:iam::${OWN}:root`, `arn:aws:iam::${OWN}:role/Reader`, `arn:aws:sts::${OWN}:assumed-role/R/s`]));
    expect(result.status).toBe('PASS');
  });

  it('S3-13 leaves "*", NotPrincipal and service principals to other checks', () => {
    expect(judge(allowTo('*')).status).toBe('PASS');
    expect(judge({ ...allowTo(OWN), Principal: '*' }).status).toBe('PASS');
    expect(judge({ ...allowTo(OWN), Principal: undefined, NotPrincipal: { AWS: `arn:aws:iam::${OTHER}:root` } }).status).toBe('PASS');
    expect(judge({ ...allowTo(OWN), Principal: { Service: 'logging.s3.amazonaws.com' } }).status).toBe('PASS');
  });

  it('S3-13 fails for Principal "*" confined by aws:PrincipalAccount or aws:PrincipalArn to another account', () => {
    const byAccount = judge({ ...allowTo(OWN), Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': [OWN, OTHER] } } });
    expect(byAccount.status).toBe('FAIL');
    expect(byAccount.message).toContain(`${OTHER} (statement Grant)`);
    expect(byAccount.evidence).toMatchObject({ crossAccountGrants: [{ principal: '*', accountId: OTHER, conditional: true }] });
    const byArn = judge({ ...allowTo(OWN), Principal: { AWS: '*' }, Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${OTHER}:role/etl-*` } } });
    expect(byArn.status).toBe('FAIL');
  });

  it('S3-13 passes for Principal "*" confined to the own account, or to a trusted one', () => {
    const confined = (account: string) => ({ ...allowTo(OWN), Principal: '*' as const, Condition: { StringEquals: { 'aws:PrincipalAccount': account } } });
    expect(judge(confined(OWN)).status).toBe('PASS');
    expect(verdict(s3Bucket({ policy: bucketPolicy(confined(OTHER)) }), [OTHER]).status).toBe('PASS');
  });

  it('S3-13 passes for a named principal of another account that a condition on the caller account excludes', () => {
    expect(judge(allowTo(OTHER, { Condition: { StringEquals: { 'aws:PrincipalAccount': OWN } } })).status).toBe('PASS');
  });

  it('S3-13 passes for the unique id of a deleted principal, reporting it as unresolved', () => {
    const result = judge(allowTo('AROAEXAMPLEUNIQUEID12'));
    expect(result.status).toBe('PASS');
    expect(result.evidence).toMatchObject({ unresolvedPrincipals: [{ statement: 'Grant', principal: 'AROAEXAMPLEUNIQUEID12' }] });
  });
});

describe('s3_bucket_policy_no_cross_account_access (S3-13): statement shapes', () => {
  it('S3-13 passes when the other account appears only in a Deny, wherever it stands', () => {
    const denyOther = allowTo(OTHER, { Sid: 'DenyOther', Effect: 'Deny', Action: 's3:*' });
    expect(judge(denyOther, allowTo(OWN)).status).toBe('PASS');
    expect(judge(allowTo(OWN), denyOther).status).toBe('PASS');
  });

  it('S3-13 still fails when a condition narrows the cross-account grant, flagging it as conditional', () => {
    const result = judge(allowTo(OTHER, { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }));
    expect(result.status).toBe('FAIL');
    expect(result.evidence).toMatchObject({ crossAccountGrants: [{ conditional: true }] });
  });

  it('S3-13 fails whatever the actions: NotAction, wildcards, a single read', () => {
    expect(judge(allowTo(OTHER, { Action: undefined, NotAction: 's3:Delete*' })).status).toBe('FAIL');
    expect(judge(allowTo(OTHER, { Action: '*' })).status).toBe('FAIL');
  });

  it('S3-13 accepts a policy whose Statement is a single object', () => {
    expect(verdict(s3Bucket({ policy: ok({ Statement: allowTo(OTHER) }) })).status).toBe('FAIL');
  });
});

describe('s3_bucket_policy_no_cross_account_access (S3-13): settings and unreadable data', () => {
  it('S3-13 accepts accounts listed in trustedAccountIds, and still fails for the others', () => {
    const trustedOnly = s3Bucket({ policy: bucketPolicy(allowTo(`arn:aws:iam::${OTHER}:root`)) });
    const result = verdict(trustedOnly, [OTHER]);
    expect(result.status).toBe('PASS');
    expect(result.message).toContain(`other than trusted account ${OTHER}`);
    const mixed = s3Bucket({ policy: bucketPolicy(allowTo([OTHER, '999988887777'])) });
    expect(verdict(mixed, [OTHER]).message).toMatch(/access: 999988887777 \(statement Grant\)$/);
  });

  it('S3-13 trusts no account by default', () => {
    expect(check.metadata.settings.trustedAccountIds).toEqual([]);
  });

  it('S3-13 judges against the bucket owner account, not a fixed one', () => {
    expect(verdict(s3Bucket({ accountId: OTHER, policy: bucketPolicy(allowTo(OTHER)) })).status).toBe('PASS');
  });

  it('S3-13 passes when there is no bucket policy', () => {
    expect(verdict(s3Bucket({ policy: absent() })).status).toBe('PASS');
  });

  it('S3-13 is UNKNOWN when the policy cannot be read, naming GetBucketPolicy and the code', () => {
    const result = verdict(s3Bucket({ policy: accessDenied('GetBucketPolicy') }));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketPolicy failed with AccessDenied');
  });
});

import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { conditionPrincipalAccounts, namedAwsPrincipals, principalAccountId } from './principal-accounts';

const allow = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 's3:GetObject', ...extra });

describe('namedAwsPrincipals', () => {
  it('lists AWS principals given as a string or a list, trimmed, without "*"', () => {
    expect(namedAwsPrincipals(allow({ Principal: { AWS: ' 444455556666 ' } }))).toEqual(['444455556666']);
    expect(namedAwsPrincipals(allow({ Principal: { AWS: ['arn:aws:iam::444455556666:root', '*'] } }))).toEqual([
      'arn:aws:iam::444455556666:root',
    ]);
  });

  it('ignores everyone, NotPrincipal and principals that are not AWS accounts', () => {
    expect(namedAwsPrincipals(allow({ Principal: '*' }))).toEqual([]);
    expect(namedAwsPrincipals(allow({ NotPrincipal: { AWS: 'arn:aws:iam::444455556666:root' } }))).toEqual([]);
    expect(namedAwsPrincipals(allow({ Principal: { Service: 'logging.s3.amazonaws.com', CanonicalUser: 'abc' } }))).toEqual([]);
  });
});

describe('principalAccountId', () => {
  it.each([
    ['a bare account id', '444455556666'],
    ['the account root', 'arn:aws:iam::444455556666:root'],
    ['a role', 'arn:aws:iam::444455556666:role/path/Reader'],
    ['a user', 'arn:aws:iam::444455556666:user/alice'],
    ['an assumed-role session', 'arn:aws:sts::444455556666:assumed-role/Reader/session'],
    ['another partition', 'arn:aws-cn:iam::444455556666:root'],
  ])('reads the account of %s', (_name, principal) => {
    expect(principalAccountId(principal)).toBe('444455556666');
  });

  it('has no account for unique ids of deleted principals or malformed values', () => {
    expect(principalAccountId('AROAEXAMPLEID1234567')).toBeUndefined();
    expect(principalAccountId('arn:aws:s3:::bucket')).toBeUndefined();
    expect(principalAccountId('44445555666')).toBeUndefined();
  });
});

describe('conditionPrincipalAccounts', () => {
  const accounts = (Condition: PolicyStatement['Condition']) => {
    const found = conditionPrincipalAccounts(allow({ Principal: '*', Condition }));
    return found === undefined ? undefined : [...found].sort();
  };

  it('reads the accounts of aws:PrincipalAccount and of account-pinned aws:PrincipalArn values', () => {
    expect(accounts({ StringEquals: { 'aws:PrincipalAccount': ['444455556666', '111122223333'] } })).toEqual(['111122223333', '444455556666']);
    expect(accounts({ ArnLike: { 'aws:principalarn': 'arn:aws:iam::444455556666:role/ci-*' } })).toEqual(['444455556666']);
  });

  it('intersects several entries, which are ANDed', () => {
    const both = { StringEquals: { 'aws:PrincipalAccount': ['444455556666', '111122223333'] }, ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/x' } };
    expect(accounts(both)).toEqual(['111122223333']);
  });

  it('is undefined when no condition confines the caller to known accounts', () => {
    expect(accounts(undefined)).toBeUndefined();
    expect(accounts({ StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } })).toBeUndefined();
    expect(accounts({ StringEqualsIfExists: { 'aws:PrincipalAccount': '444455556666' } })).toBeUndefined();
    expect(accounts({ StringLike: { 'aws:PrincipalAccount': '4444*' } })).toBeUndefined();
    expect(accounts({ StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } })).toBeUndefined();
    expect(accounts({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/ci' } })).toBeUndefined();
    expect(accounts({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } })).toBeUndefined();
  });
});

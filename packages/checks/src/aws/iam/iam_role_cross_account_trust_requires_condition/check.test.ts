import { ok, type PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamRole } from '../lib/identity-fixture';
import { check } from './check';

const OTHER = '999988887777';
const verdict = (statement: PolicyStatement) =>
  evaluateCheck(check, iamRole({ roleName: 'vendor', assumeRolePolicy: ok({ Statement: [statement] }) }))[0]!;
const assume = (AWS: string | string[], Condition?: PolicyStatement['Condition']): PolicyStatement => ({
  Effect: 'Allow',
  Principal: { AWS },
  Action: 'sts:AssumeRole',
  ...(Condition !== undefined ? { Condition } : {}),
});

describe('iam_role_cross_account_trust_requires_condition (IAM-19)', () => {
  it('IAM-19 fails for another account given as a bare id, naming it', () => {
    const result = verdict(assume(OTHER));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`Role vendor can be assumed by ${OTHER}`);
  });

  it('IAM-19 fails for Principal "*" even without another account', () => {
    expect(verdict({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }).status).toBe('FAIL');
  });

  it('IAM-19 passes with MFA required, but not with MultiFactorAuthPresent false or IfExists', () => {
    expect(verdict(assume(OTHER, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } })).status).toBe('PASS');
    expect(verdict(assume(OTHER, { Bool: { 'aws:MultiFactorAuthPresent': 'false' } })).status).toBe('FAIL');
    expect(verdict(assume(OTHER, { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } })).status).toBe('FAIL');
  });

  it('IAM-19 does not accept an ExternalId of "*" or a negated test', () => {
    expect(verdict(assume(OTHER, { StringLike: { 'sts:ExternalId': '*' } })).status).toBe('FAIL');
    expect(verdict(assume(OTHER, { StringNotEquals: { 'sts:ExternalId': 'x' } })).status).toBe('FAIL');
  });

  it('IAM-19 passes for service-linked roles and for Deny statements', () => {
    expect(evaluateCheck(check, iamRole({ serviceLinked: true, assumeRolePolicy: ok({ Statement: [assume(OTHER)] }) }))[0]?.status).toBe('PASS');
    expect(verdict({ ...assume(OTHER), Effect: 'Deny' }).status).toBe('PASS');
  });

  it('IAM-19 passes for the unique id of a deleted principal, which no caller matches', () => {
    const result = verdict(assume(['AROAJQABLZS4A3QDU576Q', 'AIDAJQABLZS4A3QDU576Q']));
    expect(result.status).toBe('PASS');
  });

  it('IAM-19 still fails for another account listed beside a deleted principal, naming only the account', () => {
    const result = verdict(assume(['AROAJQABLZS4A3QDU576Q', `arn:aws:iam::${OTHER}:root`]));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain(`arn:aws:iam::${OTHER}:root`);
    expect(result.message).not.toContain('AROA');
  });

  it('IAM-19 passes when aws:PrincipalAccount or an account-pinned aws:PrincipalArn confines callers to the role\'s own account', () => {
    const own = iamRole({}).accountId;
    const everyone = (Condition: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition });
    expect(verdict(everyone({ StringEquals: { 'aws:PrincipalAccount': own } })).status).toBe('PASS');
    expect(verdict(everyone({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${own}:role/ci-*` } })).status).toBe('PASS');
  });

  it('IAM-19 fails when aws:PrincipalAccount admits another account, or is negated', () => {
    const own = iamRole({}).accountId;
    const everyone = (Condition: PolicyStatement['Condition']): PolicyStatement => ({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition });
    expect(verdict(everyone({ StringEquals: { 'aws:PrincipalAccount': [own, OTHER] } })).status).toBe('FAIL');
    expect(verdict(everyone({ StringNotEquals: { 'aws:PrincipalAccount': OTHER } })).status).toBe('FAIL');
  });

  it('IAM-19 does not accept a wildcard organisation id as the guard', () => {
    expect(verdict(assume(OTHER, { StringLike: { 'aws:PrincipalOrgID': 'o-*' } })).status).toBe('FAIL');
    expect(verdict(assume(OTHER, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } })).status).toBe('PASS');
  });
});

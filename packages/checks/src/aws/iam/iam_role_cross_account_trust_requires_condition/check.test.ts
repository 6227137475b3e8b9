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
});

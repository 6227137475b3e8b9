import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamUser } from '../lib/iam-fixture';
import { inline } from '../lib/identity-fixture';
import { FULL_ADMIN } from '../lib/policy-fixture';
import { check } from './check';

describe('iam_user_inline_policy_no_full_admin (IAM-16, users)', () => {
  it('IAM-16 fails for a user inline policy with "*" in Action and Resource lists, naming policy and statement', () => {
    const user = iamUser({ user: 'frank' }, { inlinePolicies: [inline('sneaky', { Sid: 'All', Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] })] });
    expect(evaluateCheck(check, user)[0]?.message).toBe('User frank has inline policies granting "*" on "*": sneaky (All)');
  });

  it('IAM-16 ignores managed AdministratorAccess on the user (IAM-15 and IAM-17 judge it)', () => {
    const user = iamUser({}, { attachedPolicies: [{ policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', policyName: 'AdministratorAccess' }] });
    expect(evaluateCheck(check, user)[0]?.status).toBe('PASS');
  });

  it('IAM-16 fails for a single-statement document (Statement as an object)', () => {
    const user = iamUser({}, { inlinePolicies: [{ policyName: 'one', document: { Statement: FULL_ADMIN } }] });
    expect(evaluateCheck(check, user)[0]?.status).toBe('FAIL');
  });

  it('IAM-16 is UNKNOWN, not PASS, when an inline document did not parse, naming the policy', () => {
    const unreadableInlinePolicies = [{ policyName: 'garbled', message: 'Unexpected token' }];
    const [result] = evaluateCheck(check, iamUser({ user: 'gina' }, { inlinePolicies: [], unreadableInlinePolicies }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('iam:GetAccountAuthorizationDetails failed with MalformedResponse');
    expect(result?.message).toContain('garbled (Unexpected token)');
  });

  it('IAM-16 still fails on a readable "*:*" policy beside an unreadable one', () => {
    const user = iamUser({}, { inlinePolicies: [{ policyName: 'one', document: { Statement: FULL_ADMIN } }], unreadableInlinePolicies: [{ policyName: 'garbled', message: 'x' }] });
    expect(evaluateCheck(check, user)[0]?.status).toBe('FAIL');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamUser } from '../lib/iam-fixture';
import { check } from './check';

const withPolicy = (policyArn: string, policyName = policyArn.split('/').pop() ?? '') => iamUser({ user: 'gina' }, { attachedPolicies: [{ policyArn, policyName }] });

describe('iam_user_no_administrator_access_attached (IAM-17)', () => {
  it('IAM-17 fails for AdministratorAccess in any partition', () => {
    expect(evaluateCheck(check, withPolicy('arn:aws:iam::aws:policy/AdministratorAccess'))[0]?.message).toBe('gina has AdministratorAccess attached directly');
    expect(evaluateCheck(check, withPolicy('arn:aws-us-gov:iam::aws:policy/AdministratorAccess'))[0]?.status).toBe('FAIL');
  });

  it('IAM-17 passes for a customer policy merely named AdministratorAccess (IAM-15 reads its document)', () => {
    expect(evaluateCheck(check, withPolicy('arn:aws:iam::111122223333:policy/AdministratorAccess'))[0]?.status).toBe('PASS');
  });

  it('IAM-17 passes for AdministratorAccess-Amplify unless listed in adminPolicyNames', () => {
    const user = withPolicy('arn:aws:iam::aws:policy/AdministratorAccess-Amplify');
    expect(evaluateCheck(check, user)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, user, { settings: { adminPolicyNames: ['AdministratorAccess', 'AdministratorAccess-Amplify'] } })[0]?.status).toBe('FAIL');
  });

  it('IAM-17 fails for AdministratorAccess under a job-function path', () => {
    expect(evaluateCheck(check, withPolicy('arn:aws:iam::aws:policy/job-function/AdministratorAccess'))[0]?.status).toBe('FAIL');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { FULL_ADMIN, iamPolicy } from '../lib/policy-fixture';
import { check } from './check';

describe('iam_policy_cloudshell_full_access_not_attached (IAM-23)', () => {
  it('IAM-23 names every entity the policy is attached to', () => {
    const policy = iamPolicy([], { arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess', attachmentCount: 2, attachedTo: { users: ['hal'], groups: [], roles: ['ops'] } });
    expect(evaluateCheck(check, policy)[0]?.message).toBe('AWSCloudShellFullAccess is attached to user hal, role ops');
  });

  it('IAM-23 yields no verdict for any other policy, even a customer one with the same name', () => {
    expect(evaluateCheck(check, iamPolicy([FULL_ADMIN]))).toEqual([]);
    expect(evaluateCheck(check, iamPolicy([], { arn: 'arn:aws:iam::111122223333:policy/AWSCloudShellFullAccess' }))).toEqual([]);
  });
});

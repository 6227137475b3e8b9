import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamGroup, inline } from '../lib/identity-fixture';
import { check } from './check';

describe('iam_group_inline_policy_no_full_admin (IAM-16, groups)', () => {
  it('IAM-16 passes for NotAction "all but IAM" and service wildcards: broad, but not "*:*"', () => {
    const group = iamGroup({ inlinePolicies: [inline('power', { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: 'ec2:*', Resource: '*' })] });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
  });

  it('IAM-16 fails for a group inline "*" on "*", naming the group', () => {
    const group = iamGroup({ groupName: 'admins', inlinePolicies: [inline('all', { Effect: 'Allow', Action: '*', Resource: '*' })] });
    expect(evaluateCheck(check, group)[0]?.message).toContain('Group admins has inline policies');
  });
});

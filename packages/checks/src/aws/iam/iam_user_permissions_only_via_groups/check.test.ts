import type { IamUser } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamUser } from '../lib/iam-fixture';
import { READ_BUCKET } from '../lib/policy-fixture';
import { check } from './check';

describe('iam_user_permissions_only_via_groups (IAM-14)', () => {
  it('IAM-14 fails naming both the attached and the inline policies', () => {
    const user = iamUser({ user: 'erin' }, {
      attachedPolicies: [{ policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', policyName: 'ReadOnlyAccess' }],
      inlinePolicies: [{ policyName: 'read-app', document: { Statement: READ_BUCKET } }],
    });
    expect(evaluateCheck(check, user)[0]?.message).toBe('erin has policies of its own: attached ReadOnlyAccess; inline read-app');
  });

  it('IAM-14 passes for a user with no group and no policy (it has no permissions at all)', () => {
    expect(evaluateCheck(check, iamUser({}, { groups: [] }))[0]?.status).toBe('PASS');
  });

  it('IAM-14 is UNKNOWN when the inline policy list is missing from the answer', () => {
    const [result] = evaluateCheck(check, iamUser({}, { inlinePolicies: undefined as unknown as IamUser['inlinePolicies'] }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetAccountAuthorizationDetails returned no inlinePolicies');
  });

  it('IAM-14 fails for an inline policy whose document did not parse: the policy exists all the same', () => {
    const user = iamUser({ user: 'hal' }, { inlinePolicies: [], attachedPolicies: [], unreadableInlinePolicies: [{ policyName: 'garbled', message: 'x' }] });
    expect(evaluateCheck(check, user)[0]?.message).toBe('hal has policies of its own: inline garbled');
  });
});

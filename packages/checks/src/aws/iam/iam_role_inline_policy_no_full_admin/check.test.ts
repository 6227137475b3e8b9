import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamRole, inline } from '../lib/identity-fixture';
import { check } from './check';

describe('iam_role_inline_policy_no_full_admin (IAM-16, roles)', () => {
  it('IAM-16 fails for a role whose "*" is limited to one resource only when Resource also holds "*"', () => {
    const scoped = iamRole({ inlinePolicies: [inline('scoped', { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::sandbox/*' })] });
    expect(evaluateCheck(check, scoped)[0]?.status).toBe('PASS');
    const wide = iamRole({ roleName: 'ci', inlinePolicies: [inline('wide', { Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::sandbox/*', '*'] })] });
    expect(evaluateCheck(check, wide)[0]).toMatchObject({ status: 'FAIL', message: expect.stringContaining('Role ci') });
  });
});

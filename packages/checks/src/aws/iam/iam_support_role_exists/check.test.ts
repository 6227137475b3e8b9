import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { iamAccount, ok } from '../lib/iam-fixture';
import { check } from './check';

describe('iam_support_role_exists (IAM-20)', () => {
  it('IAM-20 fails when AWSSupportAccess is attached to users and groups but no role, saying to whom', () => {
    const [result] = evaluateCheck(check, iamAccount({ supportAccess: ok({ users: ['bob'], groups: ['ops'], roles: [] }) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toBe('AWSSupportAccess is attached to no role (only to user bob, group ops)');
  });

  it('IAM-20 names every support role', () => {
    expect(evaluateCheck(check, iamAccount({ supportAccess: ok({ users: [], groups: [], roles: ['support', 'incident'] }) }))[0]?.message).toBe(
      'AWSSupportAccess is attached to role support, incident',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { absent, accessDenied, iamUser } from '../lib/iam-fixture';
import { check } from './check';

describe('iam_user_console_mfa_enabled (IAM-09)', () => {
  it('IAM-09 fails for a console password without MFA', () => {
    const [result] = evaluateCheck(check, iamUser({ user: 'bob', mfaActive: false }));
    expect(result).toMatchObject({ status: 'FAIL', message: 'bob has a console password but no MFA' });
  });

  it('IAM-09 passes for a console user with MFA and for users without a password', () => {
    expect(evaluateCheck(check, iamUser())[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, iamUser({ passwordEnabled: false, mfaActive: false }))[0]?.status).toBe('PASS');
  });

  it('IAM-09 is UNKNOWN when the credential report is unreadable, or has no row for the user yet', () => {
    const [denied] = evaluateCheck(check, iamUser({}, { credentials: accessDenied('GetCredentialReport') }));
    expect(denied?.message).toContain('GetCredentialReport failed with AccessDenied');
    const [missing] = evaluateCheck(check, iamUser({}, { credentials: absent() }));
    expect(missing?.status).toBe('UNKNOWN');
    expect(missing?.message).toContain('no row');
  });
});

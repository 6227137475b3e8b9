import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../../engine/define-check';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { check as complexity } from '../iam_password_policy_requires_complexity/check';
import { check as expiry } from '../iam_password_policy_expires_within_90_days/check';
import { check as length } from '../iam_password_policy_minimum_length_14/check';
import { check as reuse } from '../iam_password_policy_reuse_prevention_24/check';
import { absent, accessDenied, iamAccount, ok, STRONG_PASSWORD_POLICY } from './iam-fixture';

const withPolicy = (overrides: Partial<typeof STRONG_PASSWORD_POLICY>) => iamAccount({ passwordPolicy: ok({ ...STRONG_PASSWORD_POLICY, ...overrides }) });
// Widened to AnyCheck: each check has its own settings type, and these tests use the defaults only.
const checks = [length, reuse, complexity, expiry] as unknown as AnyCheck[];

describe('password policy checks (IAM-05 to IAM-08)', () => {
  it.each(checks.map((c) => [c.metadata.shortId, c] as const))('%s fails when the account has no password policy (NoSuchEntity)', (_id, check) => {
    const [result] = evaluateCheck(check, iamAccount({ passwordPolicy: absent() }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('no password policy');
  });

  it.each(checks.map((c) => [c.metadata.shortId, c] as const))('%s is UNKNOWN naming GetAccountPasswordPolicy when it is denied', (_id, check) => {
    const [result] = evaluateCheck(check, iamAccount({ passwordPolicy: accessDenied('GetAccountPasswordPolicy') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetAccountPasswordPolicy failed with AccessDenied');
  });

  it('IAM-05 requires length >= 14: 13 fails, 14 passes, unset fails, the threshold is a setting', () => {
    expect(evaluateCheck(length, withPolicy({ minimumPasswordLength: 13 }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(length, withPolicy({ minimumPasswordLength: 14 }))[0]?.status).toBe('PASS');
    expect(evaluateCheck(length, withPolicy({ minimumPasswordLength: undefined }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(length, withPolicy({ minimumPasswordLength: 14 }), { settings: { minimumLength: 16 } })[0]?.status).toBe('FAIL');
  });

  it('IAM-06 requires 24 remembered passwords: 23 or unset fails', () => {
    expect(evaluateCheck(reuse, withPolicy({ passwordReusePrevention: 23 }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(reuse, withPolicy({ passwordReusePrevention: undefined }))[0]?.message).toContain('remembers no previous');
  });

  it('IAM-07 names each missing character class and can be narrowed by setting', () => {
    const weak = withPolicy({ requireSymbols: false, requireUppercaseCharacters: false });
    expect(evaluateCheck(complexity, weak)[0]?.message).toContain('does not require uppercase, symbols');
    expect(evaluateCheck(complexity, weak, { settings: { requiredClasses: ['lowercase', 'numbers'] } })[0]?.status).toBe('PASS');
    expect(() => evaluateCheck(complexity, weak, { settings: { requiredClasses: ['emoji'] } })).toThrow(/unknown entries: emoji/);
  });

  it('IAM-08 fails when passwords never expire or expire after more than 90 days', () => {
    expect(evaluateCheck(expiry, withPolicy({ expirePasswords: false, maxPasswordAge: undefined }))[0]?.message).toContain('never expire');
    expect(evaluateCheck(expiry, withPolicy({ maxPasswordAge: 91 }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(expiry, withPolicy({ maxPasswordAge: 90 }))[0]?.status).toBe('PASS');
  });
});

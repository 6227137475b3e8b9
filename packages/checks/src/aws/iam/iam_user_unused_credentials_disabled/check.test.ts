import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessKey, dated, iamUser } from '../lib/iam-fixture';
import { check } from './check';

const NOW = new Date('2025-06-30T00:00:00Z');
const at = (iso: string) => ({ state: 'date' as const, at: iso });
const verdict = (user: ReturnType<typeof iamUser>, settings = {}) => evaluateCheck(check, user, { now: NOW, settings })[0]!;

describe('iam_user_unused_credentials_disabled (IAM-11)', () => {
  it('IAM-11 fails at exactly 45 idle days and passes at 44, the threshold being a setting', () => {
    expect(verdict(iamUser({ passwordLastUsed: at('2025-05-16T00:00:00Z') })).status).toBe('FAIL');
    expect(verdict(iamUser({ passwordLastUsed: at('2025-05-17T00:00:00Z') })).status).toBe('PASS');
    expect(verdict(iamUser({ passwordLastUsed: at('2025-05-17T00:00:00Z') }), { unusedDays: 30 }).status).toBe('FAIL');
  });

  it('IAM-11 counts a never-used key from its rotation date: fresh passes, old fails', () => {
    const fresh = accessKey(1, { active: true, lastRotated: at('2025-06-20T00:00:00Z') });
    const stale = accessKey(1, { active: true, lastRotated: at('2025-01-01T00:00:00Z') });
    expect(verdict(iamUser({ passwordLastUsed: at('2025-06-29T00:00:00Z'), accessKeys: [fresh, accessKey(2)] })).status).toBe('PASS');
    const result = verdict(iamUser({ passwordLastUsed: at('2025-06-29T00:00:00Z'), accessKeys: [stale, accessKey(2)] }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('access key 1 (never used; issued 180 days ago)');
  });

  it('IAM-11 treats no_information (use before October 2014) as unused', () => {
    expect(verdict(iamUser({ passwordLastUsed: { state: 'no_information' } })).status).toBe('FAIL');
  });

  it('IAM-11 ignores inactive keys and disabled passwords however old', () => {
    const user = iamUser({ passwordEnabled: false, passwordLastUsed: dated(900), accessKeys: [accessKey(1, { lastUsed: dated(900) }), accessKey(2)] });
    expect(evaluateCheck(check, user)[0]?.status).toBe('PASS');
  });

  it('IAM-11 is UNKNOWN, not PASS, when a never-used password has no issue date', () => {
    const user = iamUser({ passwordLastUsed: { state: 'not_applicable' }, passwordLastChanged: { state: 'not_applicable' }, userCreationTime: undefined });
    expect(verdict(user).status).toBe('UNKNOWN');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { absent, accessKey, dated, iamUser } from '../lib/iam-fixture';
import { check } from './check';

const activeUnused = accessKey(1, { active: true, lastRotated: dated(30) });

describe('iam_user_no_unused_setup_access_key (IAM-10)', () => {
  it('IAM-10 fails for a console user with an active key never used, naming the slot', () => {
    const [result] = evaluateCheck(check, iamUser({ user: 'carol', accessKeys: [activeUnused, accessKey(2)] }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('carol has a console password and never-used active access key(s) 1');
  });

  it('IAM-10 ignores inactive never-used keys and keys with no_information usage', () => {
    expect(evaluateCheck(check, iamUser({ accessKeys: [accessKey(1), accessKey(2)] }))[0]?.status).toBe('PASS');
    const preTracking = accessKey(1, { active: true, lastRotated: dated(4000), lastUsed: { state: 'no_information' } });
    expect(evaluateCheck(check, iamUser({ accessKeys: [preTracking, accessKey(2)] }))[0]?.status).toBe('PASS');
  });

  it('IAM-10 passes for programmatic-only users: their key is the point', () => {
    expect(evaluateCheck(check, iamUser({ passwordEnabled: false, accessKeys: [activeUnused, accessKey(2)] }))[0]?.status).toBe('PASS');
  });

  it('IAM-10 is UNKNOWN when the report has no row for the user', () => {
    expect(evaluateCheck(check, iamUser({}, { credentials: absent() }))[0]?.status).toBe('UNKNOWN');
  });
});

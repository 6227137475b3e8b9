import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessKey, iamUser } from '../lib/iam-fixture';
import { check } from './check';

const NOW = new Date('2025-06-30T00:00:00Z');
const rotated = (iso: string) => iamUser({ accessKeys: [accessKey(1, { active: true, lastRotated: { state: 'date', at: iso } }), accessKey(2)] });

describe('iam_user_access_keys_rotated (IAM-13)', () => {
  it('IAM-13 fails at 91 days and passes at 90 ("90 days or less"), measured from the run\'s now', () => {
    const result = evaluateCheck(check, rotated('2025-03-31T00:00:00Z'), { now: NOW })[0];
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('key 1 is 91 days old');
    expect(evaluateCheck(check, rotated('2025-04-01T00:00:00Z'), { now: NOW })[0]?.status).toBe('PASS');
  });

  it('IAM-13 honours maxKeyAgeDays', () => {
    expect(evaluateCheck(check, rotated('2025-06-01T00:00:00Z'), { now: NOW, settings: { maxKeyAgeDays: 14 } })[0]?.status).toBe('FAIL');
  });

  it('IAM-13 is UNKNOWN, not PASS, for an active key without a rotation date', () => {
    const user = iamUser({ accessKeys: [accessKey(1, { active: true }), accessKey(2)] });
    expect(evaluateCheck(check, user, { now: NOW })[0]?.status).toBe('UNKNOWN');
  });
});

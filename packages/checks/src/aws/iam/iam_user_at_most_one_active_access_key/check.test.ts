import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { absent, accessKey, dated, iamUser } from '../lib/iam-fixture';
import { check } from './check';

describe('iam_user_at_most_one_active_access_key (IAM-12)', () => {
  it('IAM-12 fails for two active keys even when one is unused', () => {
    const keys = [accessKey(1, { active: true, lastRotated: dated(5) }), accessKey(2, { active: true, lastRotated: dated(400), lastUsed: dated(1) })] as const;
    const [result] = evaluateCheck(check, iamUser({ user: 'dave', accessKeys: [...keys] }));
    expect(result).toMatchObject({ status: 'FAIL', message: 'dave has 2 active access keys' });
  });

  it('IAM-12 passes when the second key is deactivated but not deleted', () => {
    const keys = [accessKey(1, { active: true, lastRotated: dated(5) }), accessKey(2, { lastRotated: dated(400) })] as const;
    expect(evaluateCheck(check, iamUser({ accessKeys: [...keys] }))[0]?.status).toBe('PASS');
  });

  it('IAM-12 is UNKNOWN when the report has no row for the user', () => {
    expect(evaluateCheck(check, iamUser({}, { credentials: absent() }))[0]?.status).toBe('UNKNOWN');
  });
});

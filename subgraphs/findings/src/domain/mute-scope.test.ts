import { describe, expect, it } from 'vitest';
import { firstMatchingRule, globToLike, matchesScope, type ActiveMuteRule, type MuteTarget } from './mute-scope';

const target: MuteTarget = {
  findingKey: 'k1',
  checkId: 's3_bucket_public_access',
  accountId: '111122223333',
  inventoryAccountId: 'acct-1',
  region: 'eu-west-1',
  resourceArn: 'arn:aws:s3:::logs_2026%',
  resourceId: 'res-1',
  tags: { env: 'prod', team: 'a' },
};
const none = { checkIds: null, accountIds: null, regions: null, resourcePattern: null, tags: null, findingKeys: null };

describe('mute scope', () => {
  it('M1 matches when every given scope matches; an omitted scope matches everything', () => {
    expect(matchesScope({ ...none, checkIds: ['s3_bucket_public_access'], regions: ['eu-west-1'] }, target)).toBe(true);
    expect(matchesScope({ ...none, checkIds: ['s3_bucket_public_access'], regions: ['us-east-1'] }, target)).toBe(false);
    expect(matchesScope({ ...none, accountIds: ['acct-1'] }, target)).toBe(true);
    expect(matchesScope({ ...none, accountIds: ['111122223333'] }, target)).toBe(true);
    expect(matchesScope({ ...none, tags: { env: 'prod' } }, target)).toBe(true);
    expect(matchesScope({ ...none, tags: { env: 'prod', team: 'b' } }, target)).toBe(false);
    expect(matchesScope({ ...none, findingKeys: ['k2'] }, target)).toBe(false);
  });

  it('M1 globs: * and ? are the only wildcards, LIKE metacharacters are literal, ARN or id may match', () => {
    expect(matchesScope({ ...none, resourcePattern: 'arn:aws:s3:::logs_*' }, target)).toBe(true);
    expect(matchesScope({ ...none, resourcePattern: 'arn:aws:s3:::logsX*' }, target)).toBe(false);
    expect(matchesScope({ ...none, resourcePattern: 'res-?' }, target)).toBe(true);
    expect(matchesScope({ ...none, resourcePattern: 'arn:aws:s3:::logs' }, target)).toBe(false);
    expect(globToLike('a_b%c\\d*e?')).toBe('a\\_b\\%c\\\\d%e_');
  });

  it('picks the oldest live rule, ignoring expired ones', () => {
    const rule = (id: string, createdAt: string, expiresAt: string | null = null): ActiveMuteRule => ({
      ...none,
      id,
      reason: id,
      regions: ['eu-west-1'],
      createdAt: new Date(createdAt),
      expiresAt: expiresAt ? new Date(expiresAt) : null,
    });
    const now = new Date('2026-03-01T00:00:00Z');
    const rules = [rule('newer', '2026-02-02T00:00:00Z'), rule('expired', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), rule('older', '2026-02-01T00:00:00Z')];
    expect(firstMatchingRule(rules, target, now)?.id).toBe('older');
    expect(firstMatchingRule([rules[1]!], target, now)).toBeUndefined();
  });
});

import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FindingKeys, findingKey } from './finding-key';

const base = { orgId: 'org-a', accountId: '111122223333', region: 'us-east-1', checkId: 's3_x', resourceArn: 'arn:aws:s3:::b' };

describe('findingKey', () => {
  it('is a stable sha256 hex digest of the tuple', () => {
    expect(findingKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(findingKey({ ...base })).toBe(findingKey(base));
  });

  it('differs whenever any part differs, including the org', () => {
    const keys = new Set([
      findingKey(base),
      findingKey({ ...base, orgId: 'org-b' }),
      findingKey({ ...base, accountId: '444455556666' }),
      findingKey({ ...base, region: 'eu-west-1' }),
      findingKey({ ...base, checkId: 's3_y' }),
      findingKey({ ...base, resourceArn: 'arn:aws:s3:::c' }),
    ]);
    expect(keys.size).toBe(6);
  });

  it('cannot be forged by moving a separator between parts', () => {
    expect(findingKey({ ...base, orgId: 'a|b', accountId: 'c' })).not.toBe(findingKey({ ...base, orgId: 'a', accountId: 'b|c' }));
  });

  it('stays the sha256 of the JSON tuple that stored keys were made from, whatever the characters', () => {
    const legacy = (p: typeof base) => crypto.createHash('sha256').update(JSON.stringify([p.orgId, p.accountId, p.region, p.checkId, p.resourceArn])).digest('hex');
    for (const resourceArn of ['arn:aws:s3:::b', 'arn:"quoted"', 'back\\slash', 'tab\there', 'caf\u00e9', 'emoji \u{1F512}', 'lone \ud800']) {
      expect(findingKey({ ...base, resourceArn })).toBe(legacy({ ...base, resourceArn }));
    }
  });

  it('is what FindingKeys makes for the same parts, reused prefixes or not', () => {
    const keys = new FindingKeys('org-"a"');
    const tricky = ['arn:aws:s3:::b', 'arn:"quoted"', 'back\\slash', 'caf\u00e9', 'lone \ud800'];
    for (const accountId of ['111122223333', '444455556666']) {
      for (const region of ['us-east-1', 'eu\twest']) {
        for (const resourceArn of tricky) {
          for (const checkId of ['s3_x', 's3_"y"']) {
            expect(keys.of(accountId, region, checkId, resourceArn)).toBe(findingKey({ orgId: 'org-"a"', accountId, region, checkId, resourceArn }));
          }
        }
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { validMuteRule } from './mute-input';
import { matchesScope } from './mute-scope';
import { resourceTagsOf } from './resource-tags';

const NOW = new Date('2026-06-01T00:00:00Z');
const target = (tags: Readonly<Record<string, string>>) => ({
  checkId: 's3_bucket_public_access',
  accountId: '111122223333',
  inventoryAccountId: 'acct-1',
  region: 'us-east-1',
  resourceArn: 'arn:aws:s3:::b',
  resourceId: 'r-1',
  findingKey: 'k',
  tags,
});

describe('validMuteRule tags', () => {
  it('keeps a `__proto__` tag key as a key: the rule does not widen to every resource', () => {
    const rule = validMuteRule({ reason: 'Odd but valid tag key', tags: [{ key: '__proto__', value: 'x' }] }, NOW, () => true);
    expect(Object.keys(rule.tags ?? {})).toEqual(['__proto__']);
    expect(JSON.stringify(rule.tags)).toBe('{"__proto__":"x"}');
    expect(matchesScope(rule, target({}))).toBe(false);
    expect(matchesScope(rule, target({ env: 'prod' }))).toBe(false);
  });

  it('matches a resource that carries the `__proto__` tag, read back from JSON as stored', () => {
    const rule = validMuteRule({ reason: 'Odd but valid tag key', tags: [{ key: '__proto__', value: 'x' }] }, NOW, () => true);
    const tags = resourceTagsOf({ tags: { state: 'ok', value: JSON.parse('{"__proto__":"x","env":"prod"}') } });
    expect(Object.keys(tags).sort()).toEqual(['__proto__', 'env']);
    expect(matchesScope({ ...rule, tags: JSON.parse(JSON.stringify(rule.tags)) }, target(tags))).toBe(true);
  });

  it('does not take inherited properties for tags (constructor, toString)', () => {
    const rule = validMuteRule({ reason: 'Inherited names', tags: [{ key: 'constructor', value: 'function Object() { [native code] }' }] }, NOW, () => true);
    expect(matchesScope(rule, target({}))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveSettings } from './settings';

const defaults = { maxAgeDays: 90, keys: ['a'], strict: true } as const;

describe('resolveSettings', () => {
  it('returns the defaults when there is no override', () => {
    expect(resolveSettings('c', defaults, undefined)).toBe(defaults);
  });

  it('overrides only the given keys', () => {
    expect(resolveSettings('c', defaults, { maxAgeDays: 30 })).toEqual({ maxAgeDays: 30, keys: ['a'], strict: true });
  });

  it('rejects unknown keys and type changes, naming the check', () => {
    expect(() => resolveSettings('my_check', defaults, { maxAgeDay: 30 })).toThrow(/my_check.*unknown setting "maxAgeDay"/);
    expect(() => resolveSettings('c', defaults, { keys: 'a' })).toThrow(/"keys" must be a list of strings/);
    expect(() => resolveSettings('c', defaults, { strict: 'yes' })).toThrow(/"strict" must be a boolean/);
  });

  it('keeps a frozen copy of an overriding list, so a caller changing its array later changes nothing', () => {
    const keys = ['b', 'c'];
    const resolved = resolveSettings('c', defaults, { keys });
    keys.push('d');
    expect(resolved.keys).toEqual(['b', 'c']);
    expect(Object.isFrozen(resolved.keys)).toBe(true);
  });
});

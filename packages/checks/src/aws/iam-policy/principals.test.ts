import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { everyonePrincipal } from './principals';

const allow = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 's3:GetObject', ...extra });

describe('everyonePrincipal', () => {
  it('recognises the three spellings of "anyone"', () => {
    expect(everyonePrincipal(allow({ Principal: '*' }))).toBe('Principal:*');
    expect(everyonePrincipal(allow({ Principal: { AWS: '*' } }))).toBe('Principal:{AWS:*}');
    expect(everyonePrincipal(allow({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }))).toBe(
      'Principal:{AWS:*}',
    );
  });

  it('treats NotPrincipal as everyone except the listed principals', () => {
    expect(everyonePrincipal(allow({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBe('NotPrincipal');
  });

  it('does not flag specific principals, service principals or identity policies', () => {
    expect(everyonePrincipal(allow({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toBeUndefined();
    expect(everyonePrincipal(allow({ Principal: { Service: 'cloudtrail.amazonaws.com' } }))).toBeUndefined();
    expect(everyonePrincipal(allow({}))).toBeUndefined();
  });
});

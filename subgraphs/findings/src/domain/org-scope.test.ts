import { describe, expect, it } from 'vitest';
import { isUuid, requireOrg } from './org-scope';

describe('requireOrg', () => {
  it('returns the org of a user or a service viewer', () => {
    expect(requireOrg({ kind: 'user', userId: 'u', orgId: 'org-a', role: 'ANALYST', email: 'a@x.test', mfa: false })).toBe('org-a');
    expect(requireOrg({ kind: 'service', service: 'notifications', orgId: 'org-b' })).toBe('org-b');
  });

  it('refuses an anonymous viewer and a viewer without an org as UNAUTHENTICATED', () => {
    expect(() => requireOrg(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireOrg({ kind: 'user', userId: 'u', orgId: '', role: 'ADMIN', email: 'a@x.test', mfa: true })).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(() => requireOrg({ kind: 'user', userId: 'u', role: 'ADMIN', email: 'a@x.test' } as never)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});

describe('isUuid', () => {
  it('accepts uuids only', () => {
    expect(isUuid('0b7f3f0e-4a7e-4f5e-9a49-5d0b1f1d2c3e')).toBe(true);
    expect(isUuid("1' or 1=1")).toBe(false);
    expect(isUuid('')).toBe(false);
  });
});

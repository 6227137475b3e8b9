import { describe, expect, it } from 'vitest';
import { bearerToken } from './access-token';

describe('bearerToken', () => {
  it('is null when nothing is sent (anonymous)', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('')).toBeNull();
  });

  it('extracts the token of a Bearer header', () => {
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerToken('bearer a.b.c')).toBe('a.b.c');
  });

  it('refuses any other scheme or shape instead of ignoring it', () => {
    expect(() => bearerToken('Basic dXNlcjpwYXNz')).toThrow();
    expect(() => bearerToken('Bearer ')).toThrow();
    expect(() => bearerToken({ token: 'x' })).toThrow();
  });
});

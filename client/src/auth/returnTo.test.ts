import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './returnTo';

describe('safeReturnTo', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeReturnTo('/findings?severity=HIGH')).toBe('/findings?severity=HIGH');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/login'])(
    'falls back to the overview for %s',
    (candidate) => {
      expect(safeReturnTo(candidate)).toBe('/');
    },
  );
});

describe('signInPath', () => {
  it('carries the current page, encoded', () => {
    expect(signInPath('/findings?severity=HIGH')).toBe('/login?returnTo=%2Ffindings%3Fseverity%3DHIGH');
    expect(signInPath('/')).toBe('/login');
  });
});

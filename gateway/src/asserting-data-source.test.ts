import { describe, expect, it } from 'vitest';
import { isIdentityHeader } from './asserting-data-source';

describe('isIdentityHeader', () => {
  it('catches every header that could claim an identity downstream', () => {
    for (const h of ['Authorization', 'cookie', 'x-cspmexa-assertion', 'X-User-Id', 'x-user-org', 'x-cspmexa-viewer']) {
      expect(isIdentityHeader(h)).toBe(true);
    }
  });

  it('keeps ordinary headers', () => {
    expect(isIdentityHeader('content-type')).toBe(false);
    expect(isIdentityHeader('x-request-id')).toBe(false);
  });
});

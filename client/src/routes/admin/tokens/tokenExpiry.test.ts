import { describe, expect, it } from 'vitest';
import { expiresAtAfter, scopesFor, tokenState } from './tokenExpiry';

const now = new Date('2026-03-01T12:00:00.000Z');

describe('API token choices', () => {
  it('computes the expiry as whole days from now, in UTC', () => {
    expect(expiresAtAfter(30, now)).toBe('2026-03-31T12:00:00.000Z');
  });

  it('sends READ alone, or READ and WRITE', () => {
    expect(scopesFor('READ')).toEqual(['READ']);
    expect(scopesFor('WRITE')).toEqual(['READ', 'WRITE']);
  });

  it('tells active, expired and revoked tokens apart, revocation first', () => {
    expect(tokenState({ revokedAt: null, expiresAt: '2026-04-01T00:00:00.000Z' }, now)).toBe('Active');
    expect(tokenState({ revokedAt: null, expiresAt: '2026-02-01T00:00:00.000Z' }, now)).toBe('Expired');
    expect(tokenState({ revokedAt: '2026-02-15T00:00:00.000Z', expiresAt: '2026-02-01T00:00:00.000Z' }, now)).toBe('Revoked');
  });
});

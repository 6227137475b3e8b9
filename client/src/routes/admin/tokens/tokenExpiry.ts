import type { ApiTokenScope } from '../../../gql/graphql';

/** Lifetimes offered for a new token; the server accepts at most 366 days. */
export const EXPIRY_CHOICES = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export function expiresAtAfter(days: number, now: Date): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

/** WRITE implies READ on the server; sending both keeps the stored token's scopes explicit. */
export function scopesFor(access: 'READ' | 'WRITE'): ApiTokenScope[] {
  return access === 'WRITE' ? ['READ', 'WRITE'] : ['READ'];
}

/** A token is usable until revoked or expired; the list says which of the three it is. */
export function tokenState(token: { revokedAt: string | null; expiresAt: string }, now: Date): 'Active' | 'Revoked' | 'Expired' {
  if (token.revokedAt) return 'Revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'Expired' : 'Active';
}

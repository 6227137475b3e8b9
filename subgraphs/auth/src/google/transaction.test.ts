import { describe, expect, it } from 'vitest';
import { openTransaction, safeReturnTo, sealTransaction, transactionKey, type GoogleTransaction } from './transaction';

const key = transactionKey('an-internal-secret-of-at-least-32-characters');
const tx: GoogleTransaction = { state: 's'.repeat(43), nonce: 'n'.repeat(43), codeVerifier: 'v'.repeat(43), returnTo: '/findings', expiresAt: 10_000 };

describe('Google sign-in transaction cookie (O1)', () => {
  it('O1 round-trips before expiry and hides state, nonce and verifier', () => {
    const sealed = sealTransaction(key, tx);
    expect(openTransaction(key, sealed, 9_999)).toEqual(tx);
    expect(sealed).not.toContain('sss');
    expect(Buffer.from(sealed.split('.')[1]!, 'base64url').toString()).not.toContain('/findings');
  });

  it('O1 refuses an expired, tampered, foreign-key or missing transaction', () => {
    const sealed = sealTransaction(key, tx);
    expect(openTransaction(key, sealed, 10_000)).toBeNull();
    const [iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(openTransaction(key, [iv, flipped.toString('base64url'), tag].join('.'), 0)).toBeNull();
    expect(openTransaction(transactionKey('another-internal-secret-of-32-characters!!'), sealed, 0)).toBeNull();
    expect(openTransaction(key, undefined, 0)).toBeNull();
    expect(openTransaction(key, 'garbage', 0)).toBeNull();
  });
});

describe('safeReturnTo (O1 same-origin returnTo only)', () => {
  const origin = 'https://cspmexa.example';
  it('O1 keeps a path with its query on the dashboard origin', () => {
    expect(safeReturnTo('/findings?severity=HIGH', origin)).toBe('/findings?severity=HIGH');
  });
  it.each(['https://evil', 'https://evil/x', '//evil', '/\\evil', 'javascript:alert(1)', '', 'findings', '/%0d%0aSet-Cookie', '/\tx', undefined, ['/a']])(
    'O1 returnTo=%s becomes /',
    (raw) => {
      const kept = safeReturnTo(raw, origin);
      expect(new URL(kept, origin).origin).toBe(origin);
      if (raw !== '/%0d%0aSet-Cookie') expect(kept).toBe('/');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage';
import { createTokenStore } from './tokenStore';

const tokens = { accessToken: 'a1', refreshToken: 'r1', expiresAt: '2030-01-01T00:00:00.000Z' };

describe('createTokenStore', () => {
  it('keeps the access token in memory and only the refresh token in storage', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.save(tokens);

    expect(store.getAccessToken()).toBe('a1');
    expect(store.getRefreshToken()).toBe('r1');
    // A new tab/reload sees the refresh token but never the access token.
    const reloaded = createTokenStore(storage);
    expect(reloaded.getAccessToken()).toBeNull();
    expect(reloaded.getRefreshToken()).toBe('r1');
  });

  it('reports expiry within a margin, and treats no token as expired', () => {
    const store = createTokenStore(memoryStorage());
    expect(store.accessTokenExpiresWithin(0)).toBe(true);
    store.save(tokens);
    const expiry = Date.parse(tokens.expiresAt);
    expect(store.accessTokenExpiresWithin(30_000, expiry - 60_000)).toBe(false);
    expect(store.accessTokenExpiresWithin(30_000, expiry - 10_000)).toBe(true);
  });

  it('clears both tokens and notifies subscribers on every change', () => {
    const store = createTokenStore(memoryStorage());
    let notifications = 0;
    const unsubscribe = store.subscribe(() => (notifications += 1));
    store.save(tokens);
    store.clear();
    unsubscribe();
    store.save(tokens);

    expect(notifications).toBe(2);
    store.clear();
    expect(store.getAccessToken()).toBeNull();
    expect(store.getRefreshToken()).toBeNull();
  });
});

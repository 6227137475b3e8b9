import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage';
import { createSessionRefresher } from './sessionRefresher';
import { createTokenStore } from './tokenStore';

const fresh = { accessToken: 'a2', refreshToken: 'r2', expiresAt: '2030-01-01T00:00:00.000Z' };

function setup(respond: () => Promise<Response>) {
  const tokens = createTokenStore(memoryStorage());
  tokens.save({ accessToken: 'a1', refreshToken: 'r1', expiresAt: '2020-01-01T00:00:00.000Z' });
  const fetch = vi.fn(respond);
  const refresher = createSessionRefresher({ tokens, endpoint: '/graphql', fetch });
  return { tokens, fetch, refresher };
}

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

describe('createSessionRefresher', () => {
  it('exchanges the refresh token with the CSRF header and saves the rotated tokens', async () => {
    const { tokens, fetch, refresher } = setup(() => json({ data: { refreshToken: fresh } }));

    expect(await refresher.refresh()).toBe('refreshed');

    expect(tokens.getAccessToken()).toBe('a2');
    expect(tokens.getRefreshToken()).toBe('r2');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['apollo-require-preflight']).toBe('true');
    const body = JSON.parse(String(init.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('refreshToken(refreshToken: $refreshToken)');
    expect(body.variables).toEqual({ refreshToken: 'r1' });
  });

  it('shares one request between concurrent callers (refresh tokens rotate)', async () => {
    const { fetch, refresher } = setup(() => json({ data: { refreshToken: fresh } }));

    const outcomes = await Promise.all([refresher.refresh(), refresher.refresh(), refresher.refresh()]);

    expect(outcomes).toEqual(['refreshed', 'refreshed', 'refreshed']);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets the session when the server rejects the refresh token', async () => {
    const { tokens, refresher } = setup(() =>
      json({ data: null, errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );

    expect(await refresher.refresh()).toBe('rejected');
    expect(tokens.getRefreshToken()).toBeNull();
    expect(tokens.getAccessToken()).toBeNull();
  });

  it('keeps the refresh token when the gateway cannot be reached', async () => {
    const { tokens, refresher } = setup(() => Promise.reject(new TypeError('Failed to fetch')));

    expect(await refresher.refresh()).toBe('unreachable');
    expect(tokens.getRefreshToken()).toBe('r1');
  });
});

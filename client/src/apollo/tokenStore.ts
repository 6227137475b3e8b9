/**
 * Where the dashboard keeps its credentials.
 *
 * The access token lives only in memory: an XSS payload cannot lift it from storage, and it dies with the tab.
 * The refresh token sits in sessionStorage so a reload keeps the session (it is scoped to this tab and cleared
 * when the tab closes); it is exchanged for a new access token at start-up and whenever the API says
 * UNAUTHENTICATED.
 */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO-8601 expiry of the access token, as returned by login/refreshToken. */
  expiresAt: string;
}

export interface TokenStore {
  getAccessToken(): string | null;
  getRefreshToken(): string | null;
  /** True when there is no access token or it expires within `marginMs`. */
  accessTokenExpiresWithin(marginMs: number, now?: number): boolean;
  save(tokens: SessionTokens): void;
  clear(): void;
  /** Notifies on every save/clear; returns the unsubscribe function (useSyncExternalStore-compatible). */
  subscribe(listener: () => void): () => void;
}

const REFRESH_TOKEN_KEY = 'cspmexa.refreshToken';

export function createTokenStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): TokenStore {
  let accessToken: string | null = null;
  let expiresAtMs: number | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    getAccessToken: () => accessToken,
    getRefreshToken: () => storage.getItem(REFRESH_TOKEN_KEY),
    accessTokenExpiresWithin(marginMs, now = Date.now()) {
      if (accessToken === null || expiresAtMs === null) return true;
      return expiresAtMs - now <= marginMs;
    },
    save(tokens) {
      accessToken = tokens.accessToken;
      const parsed = Date.parse(tokens.expiresAt);
      expiresAtMs = Number.isNaN(parsed) ? null : parsed;
      storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
      notify();
    },
    clear() {
      accessToken = null;
      expiresAtMs = null;
      storage.removeItem(REFRESH_TOKEN_KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

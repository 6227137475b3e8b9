import { print } from 'graphql';
import { graphql } from '../gql';
import { gatewayHeaders } from './requestHeaders';
import type { SessionTokens, TokenStore } from './tokenStore';

// Sent with plain fetch, outside Apollo Client, so a failing refresh cannot recurse into the error link.
const REFRESH_SESSION_MUTATION = print(
  graphql(`
    mutation RefreshSession($refreshToken: String!) {
      refreshToken(refreshToken: $refreshToken) {
        accessToken
        refreshToken
        expiresAt
      }
    }
  `),
);

export type RefreshOutcome = 'refreshed' | 'rejected' | 'unreachable';

export interface SessionRefresher {
  /**
   * Exchanges the stored refresh token for new tokens. Concurrent callers share one request, because refresh
   * tokens rotate: two parallel exchanges would make the second one present an already-spent token.
   */
  refresh(): Promise<RefreshOutcome>;
}

interface RefreshDeps {
  tokens: TokenStore;
  endpoint: string;
  fetch: typeof globalThis.fetch;
}

interface RefreshResponse {
  data?: { refreshToken?: Partial<Record<keyof SessionTokens, string | null>> | null } | null;
  errors?: unknown[];
}

export function createSessionRefresher({ tokens, endpoint, fetch }: RefreshDeps): SessionRefresher {
  let inFlight: Promise<RefreshOutcome> | null = null;

  async function exchange(): Promise<RefreshOutcome> {
    const refreshToken = tokens.getRefreshToken();
    if (!refreshToken) return 'rejected';
    let body: RefreshResponse;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...gatewayHeaders(null) },
        body: JSON.stringify({ query: REFRESH_SESSION_MUTATION, variables: { refreshToken } }),
      });
      if (response.status >= 500) return 'unreachable';
      body = (await response.json()) as RefreshResponse;
    } catch {
      // Offline or gateway down: keep the refresh token, the user may retry once the network is back.
      return 'unreachable';
    }
    const next = body.data?.refreshToken;
    if (!next?.accessToken || !next.refreshToken || !next.expiresAt) {
      tokens.clear();
      return 'rejected';
    }
    tokens.save({ accessToken: next.accessToken, refreshToken: next.refreshToken, expiresAt: next.expiresAt });
    return 'refreshed';
  }

  return {
    refresh() {
      inFlight ??= exchange().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
  };
}

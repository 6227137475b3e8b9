import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as RealtimeClient } from 'graphql-ws';
import { createAuthRecoveryLink } from './authRecoveryLink';
import { createCache } from './cache';
import { realtimeUrl } from './realtimeUrl';
import { gatewayHeaders } from './requestHeaders';
import type { SessionRefresher } from './sessionRefresher';
import type { TokenStore } from './tokenStore';

/** Refresh before opening a socket when the access token would expire this soon: the gateway closes at `exp`. */
const SOCKET_TOKEN_MARGIN_MS = 30_000;

export interface ApolloDeps {
  tokens: TokenStore;
  refresher: SessionRefresher;
  onSessionExpired: () => void;
  /** Same-origin path of the gateway; the Vite dev server proxies it (HTTP and WebSocket). */
  endpoint?: string;
  location?: Pick<Location, 'protocol' | 'host'>;
}

export interface ApolloSetup {
  client: ApolloClient;
  realtime: RealtimeClient;
}

export function createApolloClient(deps: ApolloDeps): ApolloSetup {
  const endpoint = deps.endpoint ?? '/graphql';

  const withGatewayHeaders = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, ...gatewayHeaders(deps.tokens.getAccessToken()) },
    }));
    return forward(operation);
  });

  const realtime = createClient({
    url: realtimeUrl(deps.location ?? window.location, endpoint),
    // Open the socket only while a subscription is active (the alert feed inside the app shell).
    lazy: true,
    // Evaluated on every (re)connect, so a reconnect after the gateway closed an expired socket sends a fresh token.
    connectionParams: async () => {
      if (deps.tokens.accessTokenExpiresWithin(SOCKET_TOKEN_MARGIN_MS) && deps.tokens.getRefreshToken()) {
        await deps.refresher.refresh();
      }
      const accessToken = deps.tokens.getAccessToken();
      return accessToken ? { authorization: `Bearer ${accessToken}` } : {};
    },
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(realtime),
    withGatewayHeaders.concat(new HttpLink({ uri: endpoint })),
  );

  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      createAuthRecoveryLink({ refresher: deps.refresher, onSessionExpired: deps.onSessionExpired }),
      transport,
    ]),
  });

  return { client, realtime };
}

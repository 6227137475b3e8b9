import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/createApolloClient';
import { createSessionRefresher } from './apollo/sessionRefresher';
import { createTokenStore } from './apollo/tokenStore';
import { signInPath } from './auth/returnTo';
import { SessionProvider, type Session } from './auth/SessionContext';
import { createRoutes } from './routes/routes';
import { cssVariablesResolver, theme } from './theme';

const GRAPHQL_ENDPOINT = '/graphql';

const tokens = createTokenStore(window.sessionStorage);
const refresher = createSessionRefresher({ tokens, endpoint: GRAPHQL_ENDPOINT, fetch: (...args) => window.fetch(...args) });
const router = createBrowserRouter(createRoutes());

const { client } = createApolloClient({
  tokens,
  refresher,
  endpoint: GRAPHQL_ENDPOINT,
  onSessionExpired: () => {
    const here = router.state.location;
    void session.forget().then(() => router.navigate(signInPath(here.pathname + here.search), { replace: true }));
  },
});

const session: Session = {
  tokens,
  refresher,
  // The realtime socket needs no explicit close: it is lazy, and leaving the signed-in shell ends its only
  // subscription, which closes it.
  async forget() {
    tokens.clear();
    await client.clearStore();
  },
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <SessionProvider session={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);

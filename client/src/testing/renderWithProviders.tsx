import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach } from 'vitest';
import { createCache } from '../apollo/cache';
import type { SessionRefresher } from '../apollo/sessionRefresher';
import { createTokenStore } from '../apollo/tokenStore';
import { SessionProvider } from '../auth/SessionContext';
import { theme } from '../theme';
import { memoryStorage } from './memoryStorage';

// The client project runs without vitest globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse<any, any>>;
  /** Route pattern the element is mounted at, e.g. '/findings/:findingId'. */
  path?: string;
  /** Initial URL. */
  url?: string;
  refresher?: SessionRefresher;
}

/**
 * Mounts a page the way the app does (Mantine, Apollo with the app's cache policies, the session, a router) with
 * mocked GraphQL responses. Returns the router to assert URL changes and the token store to assert sign-in.
 */
export function renderWithProviders(element: ReactElement, options: RenderOptions = {}) {
  const path = options.path ?? '/';
  const tokens = createTokenStore(memoryStorage());
  const session = {
    tokens,
    refresher: options.refresher ?? { refresh: async () => 'rejected' as const },
    forget: async () => tokens.clear(),
  };
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [options.url ?? path] },
  );
  const view = render(
    // env="test": Mantine renders transitions (menus, comboboxes, modals) at once, so tests never race an animation.
    <MantineProvider theme={theme} env="test">
      <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
        <SessionProvider session={session}>
          <RouterProvider router={router} />
        </SessionProvider>
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...view, router, tokens };
}

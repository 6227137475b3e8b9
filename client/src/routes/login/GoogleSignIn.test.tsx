import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { AuthProvidersDocument, ExchangeLoginCodeDocument } from './googleSignIn';
import { LoginPage } from './LoginPage';
import { VerifyMfaDocument } from './signIn';

const providers = (google: boolean) => ({
  request: { query: AuthProvidersDocument },
  result: { data: { authProviders: { __typename: 'AuthProviders', google, password: true } } },
});

const session = {
  __typename: 'AuthPayload',
  accessToken: 'access-g',
  refreshToken: 'refresh-g',
  expiresAt: '2030-01-01T00:00:00.000Z',
  mfaRequired: false,
  mfaToken: null,
  user: { __typename: 'User', id: 'u1', email: 'person@example.com', role: 'ANALYST' },
};

const exchange = (code: string, result: object) => ({ request: { query: ExchangeLoginCodeDocument, variables: { code } }, result });

describe('Sign in with Google', () => {
  it('O1 shows the Google button when the installation offers it, starting the flow with the page to return to', async () => {
    renderWithProviders(<LoginPage />, { path: '/login', url: '/login?returnTo=%2Ffindings%3Fseverity%3DHIGH', mocks: [providers(true)] });
    const button = await screen.findByRole('link', { name: 'Sign in with Google' });
    expect(button.getAttribute('href')).toBe('/auth/google?returnTo=%2Ffindings%3Fseverity%3DHIGH');
  });

  it('hides the Google button when Google sign-in is not configured', async () => {
    let answered = false;
    const mock = { ...providers(false), result: () => ((answered = true), providers(false).result) };
    renderWithProviders(<LoginPage />, { path: '/login', mocks: [mock] });
    await waitFor(() => expect(answered).toBe(true));
    // Let the answer render before looking for what it must not show.
    await act(() => new Promise<void>((resolve) => queueMicrotask(resolve)));
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Sign in with Google' })).toBeNull();
  });

  it('O1 exchanges the loginCode of the fragment once, clears the fragment and starts the session where sign-in began', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login#loginCode=code-1&returnTo=%2Ffindings%3Fseverity%3DHIGH',
      mocks: [providers(true), exchange('code-1', { data: { exchangeLoginCode: session } })],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/findings'));
    expect(router.state.location.search).toBe('?severity=HIGH');
    expect(router.state.location.hash).toBe('');
    expect(tokens.getAccessToken()).toBe('access-g');
    expect(tokens.getRefreshToken()).toBe('refresh-g');
  });

  it('O1 ignores a returnTo in the fragment that leaves the dashboard', async () => {
    const { router } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login#loginCode=code-2&returnTo=%2F%2Fevil.example',
      mocks: [providers(true), exchange('code-2', { data: { exchangeLoginCode: session } })],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('M5 a Google user with MFA gets the challenge after the exchange, then the session', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login#loginCode=code-3&returnTo=%2Falerts',
      mocks: [
        providers(true),
        exchange('code-3', { data: { exchangeLoginCode: { ...session, accessToken: null, refreshToken: null, expiresAt: null, mfaRequired: true, mfaToken: 'mfa-g', user: null } } }),
        { request: { query: VerifyMfaDocument, variables: { mfaToken: 'mfa-g', code: '123456' } }, result: { data: { verifyMfa: session } } },
      ],
    });
    const codeInput = await screen.findByLabelText(/^Authentication code/, { selector: 'input' });
    expect(tokens.getAccessToken()).toBeNull();
    expect(router.state.location.hash).toBe('');
    fireEvent.change(codeInput, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/alerts'));
    expect(tokens.getAccessToken()).toBe('access-g');
  });

  it('a spent or expired login code says so and starts no session', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login#loginCode=spent&returnTo=%2F',
      mocks: [providers(true), exchange('spent', { errors: [new GraphQLError('used', { extensions: { code: 'UNAUTHENTICATED' } })] })],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This sign-in link has expired or was already used.');
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.hash).toBe('');
    expect(tokens.getAccessToken()).toBeNull();
  });

  it('O2 a refused Google sign-in (the refusal page\'s way back) shows a clear message', async () => {
    const { router } = renderWithProviders(<LoginPage />, { path: '/login', url: '/login#signInError=FORBIDDEN', mocks: [providers(true)] });
    expect((await screen.findByRole('alert')).textContent).toContain('This Google account cannot sign in to CSPMEXA.');
    expect(router.state.location.hash).toBe('');
  });
});

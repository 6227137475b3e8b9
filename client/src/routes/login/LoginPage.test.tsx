import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { LoginPage } from './LoginPage';
import { SignInDocument, VerifyMfaDocument } from './signIn';

const credentials = { email: 'analyst@example.com', password: 'correct horse battery staple' };

function fillAndSubmit() {
  fireEvent.change(screen.getByLabelText(/^Email/, { selector: 'input' }), { target: { value: credentials.email } });
  fireEvent.change(screen.getByLabelText(/^Password/, { selector: 'input' }), { target: { value: credentials.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('signs in, keeps the tokens and goes back to the page that asked for sign-in', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login?returnTo=%2Ffindings%3Fseverity%3DHIGH',
      mocks: [
        {
          request: { query: SignInDocument, variables: credentials },
          result: {
            data: {
              login: {
                __typename: 'AuthPayload',
                accessToken: 'access-1',
                refreshToken: 'refresh-1',
                expiresAt: '2030-01-01T00:00:00.000Z',
                mfaRequired: false,
                mfaToken: null,
                user: { __typename: 'User', id: 'u1', email: credentials.email, role: 'ADMIN' },
              },
            },
          },
        },
      ],
    });

    fillAndSubmit();

    await waitFor(() => expect(router.state.location.pathname).toBe('/findings'));
    expect(router.state.location.search).toBe('?severity=HIGH');
    expect(tokens.getAccessToken()).toBe('access-1');
    expect(tokens.getRefreshToken()).toBe('refresh-1');
  });

  it('shows a sign-in error for UNAUTHENTICATED and stays on the page without tokens', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      mocks: [
        {
          request: { query: SignInDocument, variables: credentials },
          result: {
            errors: [new GraphQLError('Invalid email or password', { extensions: { code: 'UNAUTHENTICATED' } })],
          },
        },
      ],
    });

    fillAndSubmit();

    expect((await screen.findByRole('alert')).textContent).toContain('Email or password is incorrect.');
    expect(router.state.location.pathname).toBe('/login');
    expect(tokens.getAccessToken()).toBeNull();
  });

  it('asks for the MFA code instead of signing in when the server withholds tokens, then signs in with it', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      url: '/login?returnTo=%2Ffindings',
      mocks: [mfaPendingMock, verifyMock({ mfaToken: 'mfa-1', code: '123456' }, sessionPayload)],
    });

    fillAndSubmit();
    fireEvent.change(await screen.findByLabelText(/^Authentication code/, { selector: 'input' }), {
      target: { value: '123 456' },
    });
    expect(tokens.getAccessToken()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/findings'));
    expect(tokens.getAccessToken()).toBe('access-2');
    expect(tokens.getRefreshToken()).toBe('refresh-2');
  });

  it('accepts a recovery code instead of the app code', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      mocks: [mfaPendingMock, verifyMock({ mfaToken: 'mfa-1', recoveryCode: 'abcd-efgh-ijkl' }, sessionPayload)],
    });

    fillAndSubmit();
    fireEvent.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    fireEvent.change(screen.getByLabelText(/^Recovery code/, { selector: 'input' }), { target: { value: 'abcd-efgh-ijkl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(tokens.getAccessToken()).toBe('access-2');
  });

  it('M1 refuses a wrong or replayed code without saying which, and keeps the tab without a session', async () => {
    const { router, tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      mocks: [
        mfaPendingMock,
        {
          request: { query: VerifyMfaDocument, variables: { mfaToken: 'mfa-1', code: '000000' } },
          result: { errors: [new GraphQLError('Invalid code', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
    });

    fillAndSubmit();
    fireEvent.change(await screen.findByLabelText(/^Authentication code/, { selector: 'input' }), {
      target: { value: '000000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    expect((await screen.findByRole('alert')).textContent).toContain('That code is not valid');
    expect(router.state.location.pathname).toBe('/login');
    expect(tokens.getAccessToken()).toBeNull();
  });

  it('M3 says to wait when verification is rate limited', async () => {
    renderWithProviders(<LoginPage />, {
      path: '/login',
      mocks: [
        mfaPendingMock,
        {
          request: { query: VerifyMfaDocument, variables: { mfaToken: 'mfa-1', code: '111111' } },
          result: { errors: [new GraphQLError('Too many attempts', { extensions: { code: 'RATE_LIMITED' } })] },
        },
      ],
    });

    fillAndSubmit();
    fireEvent.change(await screen.findByLabelText(/^Authentication code/, { selector: 'input' }), {
      target: { value: '111111' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
  });
});

const mfaPendingMock = {
  request: { query: SignInDocument, variables: credentials },
  result: {
    data: {
      login: {
        __typename: 'AuthPayload',
        accessToken: null,
        refreshToken: null,
        expiresAt: null,
        mfaRequired: true,
        mfaToken: 'mfa-1',
        user: null,
      },
    },
  },
};

const sessionPayload = {
  __typename: 'AuthPayload',
  accessToken: 'access-2',
  refreshToken: 'refresh-2',
  expiresAt: '2030-01-01T00:00:00.000Z',
  mfaRequired: false,
  mfaToken: null,
  user: { __typename: 'User', id: 'u1', email: credentials.email, role: 'ADMIN' },
};

function verifyMock(variables: Record<string, string>, payload: typeof sessionPayload) {
  return { request: { query: VerifyMfaDocument, variables }, result: { data: { verifyMfa: payload } } };
}

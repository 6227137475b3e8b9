import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { LoginPage } from './LoginPage';
import { SignInDocument } from './signIn';

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

  it('asks for MFA instead of signing in when the server withholds tokens', async () => {
    const { tokens } = renderWithProviders(<LoginPage />, {
      path: '/login',
      mocks: [
        {
          request: { query: SignInDocument, variables: credentials },
          result: {
            data: {
              login: {
                __typename: 'AuthPayload',
                accessToken: null,
                refreshToken: null,
                expiresAt: null,
                mfaRequired: true,
                user: { __typename: 'User', id: 'u1', email: credentials.email, role: 'ADMIN' },
              },
            },
          },
        },
      ],
    });

    fillAndSubmit();

    expect((await screen.findByRole('alert')).textContent).toContain('multi-factor');
    expect(tokens.getAccessToken()).toBeNull();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { SignOutDocument, ViewerDocument } from './me';
import { UserMenu } from './UserMenu';

const viewer = {
  request: { query: ViewerDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', email: 'ana@example.com', role: 'ANALYST' } } },
};

describe('UserMenu', () => {
  it('links to the MFA settings', async () => {
    const { router } = renderWithProviders(<UserMenu />, { mocks: [viewer] });

    fireEvent.click(await screen.findByRole('button', { name: 'Account menu for ana@example.com' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'MFA settings' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account/mfa'));
  });

  it('signs out: revokes the refresh token, forgets the tokens and goes to the sign-in page', async () => {
    const { router, tokens } = renderWithProviders(<UserMenu />, {
      mocks: [viewer, { request: { query: SignOutDocument, variables: { refreshToken: 'refresh-1' } }, result: { data: { logout: true } } }],
    });
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresAt: '2030-01-01T00:00:00.000Z' });

    fireEvent.click(await screen.findByRole('button', { name: 'Account menu for ana@example.com' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(tokens.getRefreshToken()).toBeNull();
  });
});

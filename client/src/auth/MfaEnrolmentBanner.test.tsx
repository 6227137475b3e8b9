import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { MfaEnrolmentBanner } from './MfaEnrolmentBanner';
import { mfaStatusMock } from './mfaStatusFixtures';

describe('MfaEnrolmentBanner', () => {
  it('asks an admin without MFA to enrol, explains why, and links to the set-up without blocking the page', async () => {
    const { router } = renderWithProviders(<MfaEnrolmentBanner />, {
      mocks: [mfaStatusMock({ role: 'ADMIN', mfaEnrolled: false, mfaRequiredToEnrol: true })],
    });

    expect(await screen.findByText('Set up multi-factor authentication')).toBeTruthy();
    expect(screen.getByText(/administrator actions .* stay locked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Set up MFA now' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/account/mfa'));
  });

  it('stays hidden for enrolled admins and for analysts', async () => {
    renderWithProviders(<MfaEnrolmentBanner />, {
      mocks: [mfaStatusMock({ role: 'ANALYST', mfaEnrolled: false, mfaRequiredToEnrol: false })],
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('Set up multi-factor authentication')).toBeNull();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mfaStatusMock } from '../../auth/mfaStatusFixtures';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ConfirmMfaDocument, DisableMfaDocument, EnrolMfaDocument } from './mfa';
import { MfaSettingsPage } from './MfaSettingsPage';

const otpauthUri = 'otpauth://totp/CSPMEXA:admin%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=CSPMEXA';
const recoveryCodes = Array.from({ length: 10 }, (_, index) => `code-${index}-abcd`);
/** The session confirmMfa hands out: it passed MFA, so the client swaps its tokens for it (M5). */
const mfaSession = { __typename: 'AuthPayload', accessToken: 'access-after-mfa', refreshToken: 'refresh-after-mfa', expiresAt: '2030-01-01T00:00:00.000Z' };

const enrolMock = {
  request: { query: EnrolMfaDocument },
  result: {
    data: { enrolMfa: { __typename: 'MfaEnrolment', otpauthUri, qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=' } },
  },
};

function confirmMock(code: string, outcome: 'ok' | 'wrong') {
  return {
    request: { query: ConfirmMfaDocument, variables: { code } },
    result:
      outcome === 'ok'
        ? { data: { confirmMfa: { __typename: 'MfaConfirmation', recoveryCodes, session: mfaSession } } }
        : { errors: [new GraphQLError('That code is not valid', { extensions: { code: 'BAD_USER_INPUT' } })] },
  };
}

async function startAndScan() {
  fireEvent.click(await screen.findByRole('button', { name: 'Set up MFA' }));
  const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
  expect(qr.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  expect(screen.getByText(otpauthUri)).toBeTruthy();
}

function enterCode(code: string) {
  fireEvent.change(screen.getByLabelText(/^Code from the app/, { selector: 'input' }), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Confirm and turn on MFA' }));
}

describe('MfaSettingsPage', () => {
  it('M5 enrols: QR code and otpauth URI, a first code, the session that passed MFA, then the 10 recovery codes once', async () => {
    const { tokens } = renderWithProviders(<MfaSettingsPage />, {
      mocks: [mfaStatusMock({ role: 'ADMIN', mfaEnrolled: false, mfaRequiredToEnrol: true }), enrolMock, confirmMock('123456', 'ok')],
    });

    expect(await screen.findByText('Required for administrators')).toBeTruthy();
    await startAndScan();
    enterCode('123 456');

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    // No second sign-in: the tab now holds the session that passed MFA.
    expect(tokens.getAccessToken()).toBe('access-after-mfa');
    expect(tokens.getRefreshToken()).toBe('refresh-after-mfa');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(recoveryCodes);
    expect(screen.getByRole('button', { name: 'Copy codes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download codes' })).toBeTruthy();
    const done = screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement;
    expect(done.disabled).toBe(true);

    fireEvent.click(screen.getByLabelText('I saved my recovery codes'));
    expect(done.disabled).toBe(false);
    fireEvent.click(done);

    // The codes are gone for good, and the cached status now says MFA is on (no banner, no "required").
    expect(await screen.findByText('MFA is on')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
    expect(screen.queryByText('Required for administrators')).toBeNull();
  });

  it('keeps the QR code and says so when the first code is wrong', async () => {
    renderWithProviders(<MfaSettingsPage />, {
      mocks: [mfaStatusMock({ role: 'ANALYST', mfaEnrolled: false, mfaRequiredToEnrol: false }), enrolMock, confirmMock('000000', 'wrong')],
    });

    await startAndScan();
    enterCode('000000');

    expect((await screen.findByRole('alert')).textContent).toContain('That code is not valid');
    expect(screen.getByRole('img', { name: 'QR code for your authenticator app' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
  });

  it('lets an enrolled analyst turn MFA off with the password, and shows a wrong password', async () => {
    renderWithProviders(<MfaSettingsPage />, {
      mocks: [
        mfaStatusMock({ role: 'ANALYST', mfaEnrolled: true, mfaRequiredToEnrol: false }),
        {
          request: { query: DisableMfaDocument, variables: { password: 'wrong' } },
          result: { errors: [new GraphQLError('Password is incorrect', { extensions: { code: 'BAD_USER_INPUT' } })] },
        },
        { request: { query: DisableMfaDocument, variables: { password: 'right' } }, result: { data: { disableMfa: true } } },
      ],
    });

    const password = await screen.findByLabelText(/^Current password/, { selector: 'input' });
    fireEvent.change(password, { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off MFA' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Password is incorrect');

    fireEvent.change(password, { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off MFA' }));
    expect(await screen.findByRole('button', { name: 'Set up MFA' })).toBeTruthy();
  });

  it('does not offer admins to turn MFA off', async () => {
    renderWithProviders(<MfaSettingsPage />, {
      mocks: [mfaStatusMock({ role: 'ADMIN', mfaEnrolled: true, mfaRequiredToEnrol: false })],
    });

    expect(await screen.findByText('MFA is on')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off MFA' })).toBeNull();
    await waitFor(() => expect(screen.getByText(/Administrators must keep MFA on/)).toBeTruthy());
  });
});

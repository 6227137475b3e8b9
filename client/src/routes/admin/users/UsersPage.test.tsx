import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AssignRoleDocument, DisableUserDocument, InviteUserDocument, ResetMfaDocument } from './users';
import { adminUser, apiError, invitation, invitationsMock, usersMock } from './usersFixtures';
import { UsersPage } from './UsersPage';

const admin = adminUser('u1', 'admin@example.com', 'ADMIN');
const analyst = adminUser('u2', 'ana@example.com', 'ANALYST');

function rowOf(email: string) {
  const cell = screen.getByText(email, { selector: 'p' });
  return cell.closest('tr') as HTMLElement;
}

async function chooseRole(email: string, role: string) {
  fireEvent.change(await screen.findByLabelText(`Role of ${email}`), { target: { value: role } });
  expect(await screen.findByText('Change role?')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Change role' }));
}

describe('UsersPage', () => {
  it('lists users with role, state and MFA, and the invitations with their state', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin, adminUser('u3', 'gone@example.com', 'ANALYST', { disabled: true, mfaEnrolled: false })]),
        invitationsMock([invitation('i1', 'new@example.com', 'ANALYST'), invitation('i2', 'old@example.com', 'ADMIN', '2026-02-02T10:00:00.000Z')]),
      ],
    });

    const users = await screen.findByRole('table', { name: 'Users' });
    expect(within(users).getAllByRole('row')).toHaveLength(3);
    expect(rowOf('gone@example.com').textContent).toContain('Disabled');
    expect(within(rowOf('gone@example.com')).getByRole('button', { name: 'Enable gone@example.com' })).toBeTruthy();
    const invitations = await screen.findByRole('table', { name: 'Invitations' });
    expect(within(invitations).getAllByRole('row')[1]?.textContent).toContain('Pending');
    expect(within(invitations).getAllByRole('row')[2]?.textContent).toContain('Accepted');
  });

  it('R4 shows the server refusing to demote the last admin, and keeps the role', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin, analyst]),
        invitationsMock([]),
        {
          request: { query: AssignRoleDocument, variables: { userId: 'u1', role: 'ANALYST' } },
          result: apiError('CONFLICT', 'The last admin of the organization cannot be demoted.'),
        },
      ],
    });

    await chooseRole('admin@example.com', 'ANALYST');

    const problem = await screen.findByRole('alert');
    expect(problem.textContent).toContain('Role not changed');
    expect(problem.textContent).toContain('The last admin of the organization cannot be demoted.');
    expect((screen.getByLabelText('Role of admin@example.com') as HTMLSelectElement).value).toBe('ADMIN');
  });

  it('changes a role after confirmation', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin, analyst]),
        invitationsMock([]),
        {
          request: { query: AssignRoleDocument, variables: { userId: 'u2', role: 'ADMIN' } },
          result: { data: { assignRole: { ...analyst, role: 'ADMIN' } } },
        },
      ],
    });

    await chooseRole('ana@example.com', 'ADMIN');

    await waitFor(() => expect((screen.getByLabelText('Role of ana@example.com') as HTMLSelectElement).value).toBe('ADMIN'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cancelling the confirmation changes nothing', async () => {
    renderWithProviders(<UsersPage />, { mocks: [usersMock([admin, analyst]), invitationsMock([])] });

    fireEvent.change(await screen.findByLabelText('Role of ana@example.com'), { target: { value: 'ADMIN' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByText('Change role?')).toBeNull());
    expect((screen.getByLabelText('Role of ana@example.com') as HTMLSelectElement).value).toBe('ANALYST');
  });

  it('disables a user after confirmation, and resets MFA', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin, analyst]),
        invitationsMock([]),
        { request: { query: DisableUserDocument, variables: { userId: 'u2' } }, result: { data: { disableUser: { ...analyst, disabled: true } } } },
        { request: { query: ResetMfaDocument, variables: { userId: 'u2' } }, result: { data: { resetMfa: { ...analyst, disabled: true, mfaEnrolled: false } } } },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Disable ana@example.com' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Disable user' }));
    expect(await screen.findByRole('button', { name: 'Enable ana@example.com' })).toBeTruthy();
    expect(rowOf('ana@example.com').textContent).toContain('Disabled');

    fireEvent.click(screen.getByRole('button', { name: 'Reset MFA of ana@example.com' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset MFA' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reset MFA of ana@example.com' })).toBeNull());
    expect(rowOf('ana@example.com').textContent).toContain('Off');
  });

  it('tells an admin without MFA to enrol when the server refuses user administration', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin, analyst]),
        invitationsMock([]),
        {
          request: { query: DisableUserDocument, variables: { userId: 'u2' } },
          result: apiError('FORBIDDEN', 'Forbidden', 'MFA_REQUIRED'),
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Disable ana@example.com' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Disable user' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Set up multi-factor authentication first');
    expect(rowOf('ana@example.com').textContent).toContain('Active');
  });

  it('invites a user by email and role, then lists the invitation', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        usersMock([admin]),
        invitationsMock([]),
        {
          request: { query: InviteUserDocument, variables: { email: 'new@example.com', role: 'ADMIN' } },
          result: { data: { inviteUser: { __typename: 'Invitation', id: 'i1', email: 'new@example.com', role: 'ADMIN' } } },
        },
        invitationsMock([invitation('i1', 'new@example.com', 'ADMIN')]),
        usersMock([admin, adminUser('u9', 'new@example.com', 'ADMIN', { mfaEnrolled: false })]),
      ],
    });

    expect(await screen.findByText('No invitations')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Email to invite/, { selector: 'input' }), { target: { value: 'new@example.com' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'ADMIN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));

    const invitations = await screen.findByRole('table', { name: 'Invitations' });
    expect(within(invitations).getAllByRole('row')[1]?.textContent).toContain('new@example.com');
    expect(await screen.findByText('Invitation sent')).toBeTruthy();
  });

  it('shows FORBIDDEN from the server instead of the list', async () => {
    renderWithProviders(<UsersPage />, {
      mocks: [
        { request: usersMock([]).request, result: apiError('FORBIDDEN', 'Forbidden') },
        { request: invitationsMock([]).request, result: apiError('FORBIDDEN', 'Forbidden') },
      ],
    });

    const problems = await screen.findAllByRole('alert');
    expect(problems[0]?.textContent).toContain('Your role does not allow this.');
  });
});

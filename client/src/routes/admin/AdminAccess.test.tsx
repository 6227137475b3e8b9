import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ViewerDocument } from '../shell/me';
import { NavigationLinks } from '../shell/NavigationLinks';
import { AdminLayout } from './AdminLayout';

function viewerMock(role: Role) {
  return {
    request: { query: ViewerDocument },
    result: { data: { me: { __typename: 'User', id: 'u1', email: 'someone@example.com', role } } },
  };
}

describe('Admin by role', () => {
  it('R1 hides the Admin navigation entry from analysts', async () => {
    renderWithProviders(<NavigationLinks />, { mocks: [viewerMock('ANALYST')] });

    const navigation = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(navigation).getByText('Findings')).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(navigation).queryByText('Admin')).toBeNull();
  });

  it('shows the Admin navigation entry to admins', async () => {
    renderWithProviders(<NavigationLinks />, { mocks: [viewerMock('ADMIN')] });

    expect(await within(screen.getByRole('navigation', { name: 'Main' })).findByText('Admin')).toBeTruthy();
  });

  it('R1 shows an analyst who opens an Admin URL that it is for administrators, without the sections', async () => {
    renderWithProviders(<AdminLayout />, { path: '/admin', mocks: [viewerMock('ANALYST')] });

    expect((await screen.findByRole('alert')).textContent).toContain('Administrators only');
    expect(screen.queryByRole('navigation', { name: 'Admin sections' })).toBeNull();
  });

  it('gives admins the three sections', async () => {
    renderWithProviders(<AdminLayout />, { path: '/admin', mocks: [viewerMock('ADMIN')] });

    const sections = await screen.findByRole('navigation', { name: 'Admin sections' });
    expect(within(sections).getAllByRole('link').map((link) => link.textContent)).toEqual(['Users & roles', 'API tokens', 'Audit log']);
  });
});

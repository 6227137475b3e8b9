import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { accountNode, accountsMock, ALWAYS, viewerMock } from '../accountFixtures';
import { AccountsPage } from '../AccountsPage';
import { DiscoverMembersDialog } from './DiscoverMembersDialog';
import { AddOrganizationAccountsDocument, DiscoverOrganizationAccountsDocument, OrganizationOnboardingDocument } from './organizations';

const member = (awsAccountId: string, name: string, connected = false) => ({
  __typename: 'OrganizationMemberAccount' as const,
  awsAccountId,
  name,
  email: `${name.toLowerCase()}@example.com`,
  status: 'ACTIVE',
  connected,
});

const members = [member('111111111111', 'Management', true), member('222222222222', 'Staging'), member('333333333333', 'Sandbox')];

const discovered = (list = members) => ({
  request: { query: DiscoverOrganizationAccountsDocument, variables: { accountId: 'acc-1' } },
  result: { data: { discoverOrganizationAccounts: list } },
  maxUsageCount: ALWAYS,
});

const onboarding = (roleName: string) => ({
  request: { query: OrganizationOnboardingDocument, variables: { roleName } },
  result: { data: { onboarding: { __typename: 'Onboarding', externalId: 'ext-0rg-1d', roleName, trustedPrincipalArn: 'arn:aws:iam::999988887777:root' } } },
  maxUsageCount: ALWAYS,
});

const refused = (message: string) => ({
  request: { query: DiscoverOrganizationAccountsDocument, variables: { accountId: 'acc-1' } },
  result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'accountId' } }] },
});

const management = { id: 'acc-1', name: 'Production' };

describe('DiscoverMembersDialog', () => {
  it('lists the members, marks the connected ones, and adds the selected ones with the role name', async () => {
    let sent: unknown = null;
    const added = {
      request: {
        query: AddOrganizationAccountsDocument,
        variables: (variables: unknown) => {
          sent = variables;
          return true;
        },
      },
      result: { data: { addOrganizationAccounts: [{ __typename: 'AwsAccount', id: 'n1', name: 'Staging', awsAccountId: '222222222222' }, { __typename: 'AwsAccount', id: 'n2', name: 'Sandbox', awsAccountId: '333333333333' }] } },
    };
    renderWithProviders(<DiscoverMembersDialog account={management} onClose={() => {}} />, {
      mocks: [discovered(), onboarding('CSPMEXA-ReadOnly'), onboarding('OrgAudit'), added, accountsMock([])],
    });

    const table = await screen.findByRole('table', { name: 'Member accounts' });
    const managementRow = within(table).getByText('Management').closest('tr')!;
    expect(managementRow.textContent).toContain('Already connected');
    expect(within(managementRow).getByRole('checkbox')).toHaveProperty('disabled', true);
    expect(within(table).getByText('staging@example.com')).toBeTruthy();
    expect(await screen.findByText('ext-0rg-1d')).toBeTruthy();

    const add = screen.getByRole('button', { name: 'Add selected' });
    expect(add).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select every member not yet connected' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Role name in each member/ }), { target: { value: 'OrgAudit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add selected (2)' }));

    expect((await screen.findByRole('status')).textContent).toContain('2 accounts added.');
    expect(sent).toEqual({ accountId: 'acc-1', memberIds: ['222222222222', '333333333333'], roleName: 'OrgAudit' });
  });

  it('explains that a member account (AccessDenied) cannot list its organization', async () => {
    renderWithProviders(<DiscoverMembersDialog account={management} onClose={() => {}} />, {
      mocks: [
        refused("This account cannot list its organization's accounts (AccessDeniedException: You don't have permissions to access this resource.). Use the management account or a delegated administrator, allowed organizations:ListAccounts."),
        onboarding('CSPMEXA-ReadOnly'),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('AWS refused to list the member accounts');
    expect(alert.textContent).toContain('management account');
    expect(alert.textContent).toContain('organizations:ListAccounts');
    expect(screen.queryByRole('button', { name: /Add selected/ })).toBeNull();
  });

  it('says when the account is in no organization', async () => {
    renderWithProviders(<DiscoverMembersDialog account={management} onClose={() => {}} />, {
      mocks: [refused("This account cannot list its organization's accounts (AWSOrganizationsNotInUseException: not in use)."), onboarding('CSPMEXA-ReadOnly')],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This account is not in an AWS organization');
  });

  it('shows why adding failed', async () => {
    renderWithProviders(<DiscoverMembersDialog account={management} onClose={() => {}} />, {
      mocks: [
        discovered(),
        onboarding('CSPMEXA-ReadOnly'),
        { request: { query: AddOrganizationAccountsDocument, variables: { accountId: 'acc-1', memberIds: ['333333333333'], roleName: 'CSPMEXA-ReadOnly' } }, result: { errors: [{ message: 'This role is already connected.', extensions: { code: 'CONFLICT' } }] } },
      ],
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Sandbox (333333333333)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add selected (1)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This role is already connected.');
  });
});

describe('Discover member accounts on the accounts page', () => {
  it('is offered to admins for accounts reached through AWS, not to analysts', async () => {
    const nodes = [accountNode(), accountNode({ id: 'snap', name: 'Offline copy', authMethod: 'SNAPSHOT', roleArn: null })];
    const admin = renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock(nodes), discovered(), onboarding('CSPMEXA-ReadOnly')] });
    fireEvent.click(await screen.findByRole('button', { name: 'Discover member accounts of Production' }));
    expect(await screen.findByRole('table', { name: 'Member accounts' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Discover member accounts of Offline copy' })).toBeNull();
    admin.unmount();

    renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ANALYST'), accountsMock(nodes)] });
    await screen.findByText('Production');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Discover member accounts of Production' })).toBeNull());
  });
});


import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { viewerMock } from '../alerts/alertsFixtures';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument } from './accounts';
import { AccountsPage } from './AccountsPage';

function accountsMock(accounts: { id: string; name: string; demo: boolean; authMethod: string }[]) {
  return {
    request: { query: AccountsDocument, variables: { first: ACCOUNTS_PAGE_SIZE } },
    result: {
      data: {
        awsAccounts: {
          __typename: 'AwsAccountConnection',
          totalCount: accounts.length,
          edges: accounts.map((a) => ({ __typename: 'AwsAccountEdge', node: { __typename: 'AwsAccount', awsAccountId: '111122223333', lastScan: null, ...a } })),
        },
      },
    },
  };
}

describe('AccountsPage', () => {
  it('offers admins the demo account until the organisation has it', async () => {
    const view = renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock([])] });
    expect(await screen.findByRole('button', { name: 'Add the demo account' })).toBeTruthy();
    view.unmount();
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [viewerMock('ADMIN'), accountsMock([{ id: 'd1', name: 'Demo: Example Corp (fictional)', demo: true, authMethod: 'SNAPSHOT' }])],
    });
    expect(await screen.findByText('Snapshot file')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the demo account' })).toBeNull();
  });

  it("links each account to its scan history", async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        {
          request: { query: AccountsDocument, variables: { first: ACCOUNTS_PAGE_SIZE } },
          result: {
            data: {
              awsAccounts: {
                __typename: 'AwsAccountConnection',
                totalCount: 1,
                edges: [
                  {
                    __typename: 'AwsAccountEdge',
                    node: {
                      __typename: 'AwsAccount',
                      id: 'acc-1',
                      name: 'Production',
                      awsAccountId: '123456789012',
                      authMethod: 'ASSUME_ROLE',
                      demo: false,
                      lastScan: null,
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });

    const link = await screen.findByRole('link', { name: 'Scan history of Production' });
    expect(link.getAttribute('href')).toBe('/accounts/acc-1/scans');
    expect(screen.getByRole('heading', { name: 'Accounts & scans' })).toBeTruthy();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument } from './accounts';
import { AccountsPage } from './AccountsPage';

describe('AccountsPage', () => {
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

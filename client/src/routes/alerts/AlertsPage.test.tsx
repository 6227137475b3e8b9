import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { DELIVERIES_PAGE_SIZE, EmailDeliveriesDocument } from './alerts';
import { rule, rulesMock, viewerMock } from './alertsFixtures';
import { AlertsPage } from './AlertsPage';

describe('AlertsPage', () => {
  it('shows the notification rules and the email delivery log, replacing the placeholder', async () => {
    renderWithProviders(<AlertsPage />, {
      path: '/alerts',
      mocks: [
        viewerMock('ADMIN'),
        rulesMock([rule('n1', 'Critical to security', 'CRITICAL', ['secops@example.com'])]),
        {
          request: { query: EmailDeliveriesDocument, variables: { first: DELIVERIES_PAGE_SIZE } },
          result: {
            data: {
              emailDeliveries: {
                __typename: 'EmailDeliveryConnection',
                totalCount: 0,
                edges: [],
                pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
              },
            },
          },
        },
      ],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Alerts' })).toBeTruthy();
    expect(screen.queryByText('Coming soon')).toBeNull();
    expect(await screen.findByRole('cell', { name: 'Critical to security' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Email deliveries' })).toBeTruthy();
    expect(await screen.findByText('No alert emails sent yet')).toBeTruthy();
  });
});

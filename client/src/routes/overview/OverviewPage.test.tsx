import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { OverviewDocument } from './overview';
import { OverviewPage } from './OverviewPage';

const activeFilter = { filter: { statuses: ['OPEN', 'REOPENED'] } };

function overview(accounts: number) {
  return {
    data: {
      findingCounts: { __typename: 'FindingCounts', critical: 3, high: 7, medium: 12, low: 4, info: 1, total: 27 },
      awsAccounts: { __typename: 'AwsAccountConnection', totalCount: accounts },
    },
  };
}

describe('OverviewPage', () => {
  it('renders one card per severity, most severe first, with the counts from the query', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [{ request: { query: OverviewDocument, variables: activeFilter }, result: overview(2) }],
    });

    expect(screen.getByRole('heading', { name: 'Overview' })).toBeTruthy();
    await screen.findByRole('link', { name: /^Critical:/ });
    const cards = screen.getAllByRole('link').map((card) => card.getAttribute('aria-label'));
    expect(cards).toEqual([
      'Critical: 3 open findings',
      'High: 7 open findings',
      'Medium: 12 open findings',
      'Low: 4 open findings',
      'Info: 1 open findings',
    ]);
    expect(screen.getByRole('link', { name: /^High:/ }).getAttribute('href')).toBe('/findings?severity=HIGH');
    expect(screen.getByText(/27 in total/)).toBeTruthy();
  });

  it('asks to connect an AWS account when there is none', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [{ request: { query: OverviewDocument, variables: activeFilter }, result: overview(0) }],
    });

    const cta = await screen.findByRole('link', { name: 'Connect an AWS account' });
    expect(cta.getAttribute('href')).toBe('/accounts?add=1');
    expect(screen.queryByRole('link', { name: /^Critical:/ })).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { viewerMock } from '../alerts/alertsFixtures';
import { OverviewDocument } from './overview';
import { OverviewPage } from './OverviewPage';
import { POSTURE_TREND_DAYS, PostureTrendDocument } from './postureTrend';

const activeFilter = { filter: { statuses: ['OPEN', 'REOPENED'] } };

function overview(accounts: number) {
  return {
    data: {
      findingCounts: { __typename: 'FindingCounts', critical: 3, high: 7, medium: 12, low: 4, info: 1, total: 27 },
      awsAccounts: {
        __typename: 'AwsAccountConnection',
        totalCount: accounts,
        edges: Array.from({ length: accounts }, (_, index) => ({
          __typename: 'AwsAccountEdge',
          node: { __typename: 'AwsAccount', id: `acc-${index + 1}`, name: `Account ${index + 1}`, awsAccountId: null },
        })),
      },
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

  it('offers admins the demo account next to connecting one', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [viewerMock('ADMIN'), { request: { query: OverviewDocument, variables: activeFilter }, result: overview(0) }],
    });

    expect(await screen.findByRole('button', { name: 'Add the demo account' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connect an AWS account' })).toBeTruthy();
  });

  it('charts failing, unknown and muted results over the evaluated scans of the first account, with the latest scores', async () => {
    const point = (scanId: string, evaluatedAt: string, failed: number, score: number) => ({
      __typename: 'PosturePoint' as const,
      scanId,
      evaluatedAt,
      passed: 40,
      failed,
      muted: 1,
      unknown: 2,
      scores: [
        { __typename: 'FrameworkScore' as const, framework: 'CIS_AWS_5_0_0' as const, score },
        { __typename: 'FrameworkScore' as const, framework: 'CIS_AWS_3_0_0' as const, score: null },
      ],
    });
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(1) },
        {
          request: { query: PostureTrendDocument, variables: { accountId: 'acc-1', days: POSTURE_TREND_DAYS } },
          result: {
            data: {
              postureTrend: [
                point('s1', '2026-03-01T10:00:00.000Z', 12, 60),
                point('s2', '2026-03-02T10:00:00.000Z', 7, 72.4),
              ],
            },
          },
        },
      ],
    });

    const chart = await screen.findByRole('img', { name: 'Failing results over 2 scans, 7 at the latest' });
    expect(chart.querySelectorAll('polyline')).toHaveLength(3);
    expect(screen.getByText('CIS AWS 5.0.0 score:').textContent).toContain('72%');
    expect(screen.getByText('CIS AWS 3.0.0 score:').textContent).toContain('Not assessable');
    // The same numbers for screen readers.
    expect(screen.getByRole('table', { name: 'Results per evaluated scan' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});

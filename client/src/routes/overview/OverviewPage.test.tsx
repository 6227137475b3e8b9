import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { FindingsBreakdownDocument } from './breakdown';
import { viewerMock } from '../alerts/alertsFixtures';
import { OverviewDocument } from './overview';
import { OverviewPage } from './OverviewPage';
import { POSTURE_TREND_DAYS, PostureTrendDocument } from './postureTrend';

const activeFilter = { filter: { statuses: ['OPEN', 'REOPENED'] } };
const facet = (counts: Record<string, number>) =>
  Object.entries(counts).map(([value, count]) => ({ __typename: 'FacetCount' as const, value, count }));

function breakdown(service: Record<string, number>, account: Record<string, number>) {
  return {
    request: { query: FindingsBreakdownDocument, variables: activeFilter },
    result: { data: { findingFacets: { __typename: 'FindingFacets' as const, service: facet(service), account: facet(account) } } },
  };
}

const TWO_SCANS = [trendPoint('s1', '2026-03-01T10:00:00.000Z', 12, 60), trendPoint('s2', '2026-03-02T10:00:00.000Z', 7, 72.4)];

/** The trend of the first account, answered as often as asked. */
function trend(points: ReturnType<typeof trendPoint>[]) {
  return {
    request: { query: PostureTrendDocument, variables: { accountId: 'acc-1', days: POSTURE_TREND_DAYS } },
    result: { data: { postureTrend: points } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function overview(accounts: number) {
  return {
    data: {
      findingCounts: { __typename: 'FindingCounts', critical: 3, high: 7, medium: 12, low: 4, info: 1, total: 27 },
      awsAccounts: {
        __typename: 'AwsAccountConnection',
        totalCount: accounts,
        edges: Array.from({ length: accounts }, (_, index) => ({
          __typename: 'AwsAccountEdge',
          node: { __typename: 'AwsAccount', id: `acc-${index + 1}`, name: `Account ${index + 1}`, awsAccountId: `11112222333${index}` },
        })),
      },
    },
  };
}

function trendPoint(scanId: string, evaluatedAt: string, failed: number, score: number) {
  return {
    __typename: 'PosturePoint' as const,
    scanId,
    evaluatedAt,
    passed: 40,
    failed,
    muted: 1,
    unknown: 2,
    failedBySeverity: [
      { __typename: 'SeverityCount' as const, severity: 'CRITICAL' as const, count: failed - 4 },
      { __typename: 'SeverityCount' as const, severity: 'HIGH' as const, count: 3 },
      { __typename: 'SeverityCount' as const, severity: 'MEDIUM' as const, count: 1 },
      { __typename: 'SeverityCount' as const, severity: 'LOW' as const, count: 0 },
      { __typename: 'SeverityCount' as const, severity: 'INFO' as const, count: 0 },
    ],
    scores: [
      { __typename: 'FrameworkScore' as const, framework: 'CIS_AWS_5_0_0' as const, score },
      { __typename: 'FrameworkScore' as const, framework: 'CIS_AWS_3_0_0' as const, score: null },
    ],
  };
}

describe('OverviewPage', () => {
  it('renders one card per severity, most severe first, with the counts from the query', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [{ request: { query: OverviewDocument, variables: activeFilter }, result: overview(2) }, breakdown({}, {}), trend([])],
    });

    expect(screen.getByRole('heading', { name: 'Overview' })).toBeTruthy();
    await screen.findByText('Critical');
    const cards = screen.getAllByText('open findings').map((hidden) => hidden.closest('a')?.textContent);
    expect(cards).toEqual([
      'Critical3 open findings',
      'High7 open findings',
      'Medium12 open findings',
      'Low4 open findings',
      'Info1 open findings',
    ]);
    // The card counts open findings, so it opens exactly those.
    expect(screen.getByText('High').closest('a')?.getAttribute('href')).toBe('/findings?severity=HIGH&status=OPEN&status=REOPENED');
    expect(screen.getByText(/27 in total/)).toBeTruthy();
  });

  it('asks to connect an AWS account when there is none', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [{ request: { query: OverviewDocument, variables: activeFilter }, result: overview(0) }],
    });

    const cta = await screen.findByRole('link', { name: 'Connect an AWS account' });
    expect(cta.getAttribute('href')).toBe('/accounts?add=1');
    expect(screen.queryByText('open findings')).toBeNull();
  });

  it('offers admins the demo account next to connecting one', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [viewerMock('ADMIN'), { request: { query: OverviewDocument, variables: activeFilter }, result: overview(0) }],
    });

    expect(await screen.findByRole('button', { name: 'Add the demo account' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Connect an AWS account' })).toBeTruthy();
  });

  it('charts failing, unknown and muted results over the evaluated scans of the first account, with the latest scores', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(1) },
        breakdown({}, {}),
        trend(TWO_SCANS),
      ],
    });

    const chart = await screen.findByRole('img', { name: 'Failing results over 2 scans, 7 at the latest' });
    expect(chart.querySelectorAll('polyline')).toHaveLength(3);
    expect(screen.getByText('CIS AWS 5.0.0 score:').textContent).toContain('72%');
    expect(screen.getByText('CIS AWS 3.0.0 score:').textContent).toContain('Not assessable');
    // The same numbers for screen readers.
    expect(within(screen.getByRole('table', { name: 'Results per evaluated scan' })).getAllByRole('row')).toHaveLength(3);
  });

  it('marks a lone scan and says so, instead of an empty line chart', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(1) },
        breakdown({}, {}),
        trend([trendPoint('s1', '2026-03-01T10:00:00.000Z', 12, 60)]),
      ],
    });

    const chart = await screen.findByRole('img', { name: 'Failing results over 1 scan, 12 at the latest' });
    // One point draws no polyline: each series is a marker named with its value.
    expect(chart.querySelectorAll('polyline')).toHaveLength(0);
    expect([...chart.querySelectorAll('circle')].map((marker) => marker.textContent)).toEqual(['Failing: 12', 'Unknown: 2', 'Muted: 1']);
    expect(screen.getByText(/One evaluated scan so far: 12 failing, 2 unknown, 1 muted\. The lines start with the next scan\./)).toBeTruthy();
  });

  it('stacks each scan\'s failing results by severity from failedBySeverity, with a table for screen readers', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(1) },
        breakdown({}, {}),
        trend(TWO_SCANS),
      ],
    });

    const chart = await screen.findByRole('img', {
      name: 'Failing results by severity over 2 scans; latest: 3 critical, 3 high, 1 medium, 0 low, 0 info',
    });
    // Three non-zero severities in each of the two bars, each segment named in text.
    const segments = [...chart.querySelectorAll('rect')].map((rect) => rect.textContent);
    expect(segments).toEqual(['Critical: 8', 'High: 3', 'Medium: 1', 'Critical: 3', 'High: 3', 'Medium: 1']);
    expect(screen.getByRole('heading', { name: 'Failing results by severity' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Failing results by severity per evaluated scan' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(cells.slice(1)).toEqual([
      ['8', '3', '1', '0', '0'],
      ['3', '3', '1', '0', '0'],
    ]);
  });

  it('breaks open findings down by service and by named account, each linking to the filtered findings', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(2) },
        breakdown(
          { s3: 9, ec2: 4, iam: 4, ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`svc${i}`, 1])) },
          { '111122223330': 10, '999999999999': 2 },
        ),
        trend([]),
      ],
    });

    const services = await screen.findByRole('list', { name: 'Open findings by service' });
    const serviceLinks = within(services).getAllByRole('link');
    // Most findings first, ties by name, at most eight; the rest summed into one line.
    expect(serviceLinks.map((link) => link.textContent)).toEqual(['s3', 'ec2', 'iam', 'svc0', 'svc1', 'svc2', 'svc3', 'svc4']);
    expect(within(services).getByText('9')).toBeTruthy();
    expect(serviceLinks[0]!.getAttribute('href')).toBe('/findings?status=OPEN&status=REOPENED&service=s3');
    expect(screen.getByRole('link', { name: '2 more in 2 other services' })).toBeTruthy();

    const accounts = screen.getByRole('list', { name: 'Open findings by account' });
    const accountLinks = within(accounts).getAllByRole('link');
    // A connected account is shown by name; an id the product no longer knows stays a plain id.
    expect(accountLinks.map((link) => link.textContent)).toEqual(['Account 1 (111122223330)', '999999999999']);
    expect(accountLinks[0]!.getAttribute('href')).toBe('/findings?status=OPEN&status=REOPENED&account=111122223330');
  });

  it('says so when there are no open findings, and offers a retry when the breakdown fails', async () => {
    renderWithProviders(<OverviewPage />, {
      mocks: [
        { request: { query: OverviewDocument, variables: activeFilter }, result: overview(2) },
        { request: { query: FindingsBreakdownDocument, variables: activeFilter }, error: new Error('socket hang up') },
        breakdown({}, {}),
        trend([]),
      ],
    });

    const byService = await screen.findByRole('region', { name: 'Open findings by service' });
    expect((await within(byService).findByRole('alert')).textContent).toContain('Could not load the counts');
    expect(within(screen.getByRole('region', { name: 'Open findings by account' })).getByRole('alert')).toBeTruthy();
    fireEvent.click(within(byService).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByText('No open findings.')).toHaveLength(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScanHistoryQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { viewerMock } from '../alerts/alertsFixtures';
import { ScanHistoryPage } from './ScanHistoryPage';
import { SCANS_PAGE_SIZE, ScanErrorsDocument, ScanHistoryDocument } from './scans';
import { SnapshotExportDestinationsDocument } from './snapshots/snapshotExport';

type ScanNode = ScanHistoryQuery['scans']['edges'][number]['node'];

const path = '/accounts/:accountId/scans';
const url = '/accounts/acc-1/scans';
const account = { __typename: 'AwsAccount' as const, id: 'acc-1', name: 'Production', awsAccountId: '123456789012' };

function scan(id: string, status: ScanNode['status'], overrides: Partial<ScanNode> = {}): ScanNode {
  return {
    __typename: 'Scan',
    id,
    status,
    queuedAt: '2026-01-01T10:00:00.000Z',
    startedAt: '2026-01-01T10:00:01.000Z',
    finishedAt: '2026-01-01T10:02:00.000Z',
    resourceCount: 42,
    errorCount: 0,
    failureReason: null,
    exportable: false,
    evaluation: { __typename: 'ScanEvaluation', opened: 5, reopened: 1, resolved: 2 },
    ...overrides,
  };
}

function history(
  scans: ScanNode[],
  { hasNextPage = false, endCursor = 's-end', totalCount = scans.length, awsAccount = account as typeof account | null } = {},
  after?: string,
) {
  return {
    request: { query: ScanHistoryDocument, variables: { accountId: 'acc-1', first: SCANS_PAGE_SIZE, ...(after && { after }) } },
    result: {
      data: {
        awsAccount,
        scans: {
          __typename: 'ScanConnection',
          totalCount,
          edges: scans.map((node) => ({ __typename: 'ScanEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
        },
      },
    },
  };
}

const partial = scan('s2', 'PARTIAL', { errorCount: 2 });
const failed = scan('s1', 'FAILED', {
  resourceCount: 0,
  evaluation: null,
  failureReason: 'Could not assume arn:aws:iam::123456789012:role/Cspmexa: AccessDenied',
});

describe('ScanHistoryPage', () => {
  it('offers admins "Export snapshot" on the scan the inventory reflects, and only there', async () => {
    renderWithProviders(<ScanHistoryPage />, {
      path,
      url,
      mocks: [
        viewerMock('ADMIN'),
        { request: { query: SnapshotExportDestinationsDocument }, result: { data: { snapshotExportDestinations: ['LOCAL'] } } },
        history([scan('s3', 'COMPLETED', { exportable: true }), partial]),
      ],
    });

    await screen.findByRole('button', { name: 'Export snapshot' });
    const [, latestRow, olderRow] = within(screen.getByRole('table', { name: 'Scans' })).getAllByRole('row');
    expect(within(latestRow!).getByRole('button', { name: 'Export snapshot' })).toBeTruthy();
    expect(within(olderRow!).queryByRole('button', { name: 'Export snapshot' })).toBeNull();
  });

  it("lists the account's scans with status, counts and failure reason, newest first", async () => {
    renderWithProviders(<ScanHistoryPage />, { path, url, mocks: [history([partial, failed])] });

    expect(await screen.findByRole('heading', { name: 'Scan history of Production' })).toBeTruthy();
    const [, partialRow, failedRow] = within(screen.getByRole('table', { name: 'Scans' })).getAllByRole('row');
    expect(partialRow?.textContent).toContain('Partial');
    expect(partialRow?.textContent).toContain('42');
    expect(partialRow?.textContent).toContain('5 opened, 1 reopened, 2 resolved');
    expect(within(partialRow!).getByRole('button', { name: 'Show 2 errors' })).toBeTruthy();
    expect(failedRow?.textContent).toContain('Failed');
    expect(failedRow?.textContent).toContain('Not evaluated');
    expect(failedRow?.textContent).toContain('AccessDenied');
  });

  it('opens the API errors of a scan: api, code and message', async () => {
    renderWithProviders(<ScanHistoryPage />, {
      path,
      url,
      mocks: [
        history([partial]),
        {
          request: { query: ScanErrorsDocument, variables: { id: 's2' } },
          result: {
            data: {
              scan: {
                __typename: 'Scan',
                id: 's2',
                errorCount: 2,
                errors: [
                  {
                    __typename: 'ScanError',
                    api: 's3:GetBucketPolicy',
                    region: 'eu-west-1',
                    resourceArn: 'arn:aws:s3:::logs-bucket',
                    code: 'AccessDenied',
                    message: 'Grant s3:GetBucketPolicy to the role',
                  },
                  {
                    __typename: 'ScanError',
                    api: 'iam:GenerateCredentialReport',
                    region: 'global',
                    resourceArn: null,
                    code: 'Throttling',
                    message: 'Rate exceeded',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const toggle = await screen.findByRole('button', { name: 'Show 2 errors' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(toggle);

    const errors = await screen.findByRole('table', { name: 'Scan errors' });
    const [, first, second] = within(errors).getAllByRole('row');
    expect(within(first!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      's3:GetBucketPolicyeu-west-1 · arn:aws:s3:::logs-bucket',
      'AccessDenied',
      'Grant s3:GetBucketPolicy to the role',
    ]);
    expect(second?.textContent).toContain('Throttling');
    expect(screen.getByRole('button', { name: 'Hide 2 errors' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('loads older scans after the end cursor', async () => {
    renderWithProviders(<ScanHistoryPage />, {
      path,
      url,
      mocks: [
        history([partial], { hasNextPage: true, endCursor: 'cursor-1', totalCount: 2 }),
        history([failed], { totalCount: 2 }, 'cursor-1'),
      ],
    });
    await screen.findByRole('button', { name: 'Show 2 errors' });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText(/AccessDenied/)).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('says how to start when the account was never scanned', async () => {
    renderWithProviders(<ScanHistoryPage />, { path, url, mocks: [history([])] });

    expect(await screen.findByText('Never scanned')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go back to the accounts' }).getAttribute('href')).toBe('/accounts');
  });

  it('says so when the account is unknown, rather than that it was never scanned', async () => {
    renderWithProviders(<ScanHistoryPage />, { path, url, mocks: [history([], { awsAccount: null })] });

    expect(await screen.findByText('This account does not exist, or it is not in your organisation.')).toBeTruthy();
    expect(screen.queryByText('Never scanned')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Scan history');
  });

  it('shows an error with a retry', async () => {
    const request = { query: ScanHistoryDocument, variables: { accountId: 'acc-1', first: SCANS_PAGE_SIZE } };
    renderWithProviders(<ScanHistoryPage />, {
      path,
      url,
      mocks: [{ request, error: new Error('socket hang up') }, history([partial])],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the scan history');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Show 2 errors' })).toBeTruthy();
  });
});

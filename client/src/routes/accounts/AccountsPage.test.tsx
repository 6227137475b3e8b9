import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument, DeleteAwsAccountDocument, StartScanDocument, UpdateAwsAccountDocument } from './accounts';
import { accountNode, accountsMock, runningScanMocks, viewerMock } from './accountFixtures';
import { AccountsPage } from './AccountsPage';
import { CancelScanDocument, ScheduleScansDocument } from './scanControl';

const finishedScan = {
  __typename: 'Scan' as const,
  id: 'scan-1',
  status: 'PARTIAL' as const,
  startedAt: '2026-01-01T10:00:00.000Z',
  finishedAt: '2026-01-01T10:02:00.000Z',
  resourceCount: 42,
  errorCount: 2,
};

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('AccountsPage', () => {
  it('says how to start when no account is connected, except while the add wizard is open', async () => {
    const view = renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock([])] });
    expect(await screen.findByText('No AWS account connected yet')).toBeTruthy();
    view.unmount();

    renderWithProviders(<AccountsPage />, { path: '/accounts', url: '/accounts?add=1', mocks: [viewerMock('ADMIN'), accountsMock([])] });
    await screen.findByRole('button', { name: 'Add the demo account' });
    expect(screen.queryByText('No AWS account connected yet')).toBeNull();
  });

  it('shows an error with a retry', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ANALYST'),
        { request: { query: AccountsDocument, variables: { first: ACCOUNTS_PAGE_SIZE } }, error: new Error('socket hang up') },
        accountsMock([accountNode()]),
      ],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load accounts');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await rowOf('Production')).toBeTruthy();
  });

  it('offers admins the demo account until the organisation has it', async () => {
    const view = renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock([])] });
    expect(await screen.findByRole('button', { name: 'Add the demo account' })).toBeTruthy();
    view.unmount();
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [viewerMock('ADMIN'), accountsMock([accountNode({ id: 'd1', name: 'Demo: Example Corp (fictional)', demo: true, authMethod: 'SNAPSHOT', roleArn: null })])],
    });
    expect(await screen.findByText('Snapshot file')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the demo account' })).toBeNull();
  });

  it('lists each account with its last scan status, schedule and scan history link', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ANALYST'),
        accountsMock([
          accountNode({ lastScan: finishedScan, scanSchedule: '0 3 * * *' }),
          accountNode({ id: 'acc-2', name: 'Legacy', authMethod: 'ACCESS_KEYS', roleArn: null, accessKeyIdLast4: 'WXYZ', awsAccountId: null }),
        ]),
      ],
    });

    const production = await rowOf('Production');
    expect(production.textContent).toContain('Partial');
    expect(production.textContent).toContain('42 resources, 2 errors');
    expect(production.textContent).toContain('0 3 * * *');
    expect(within(production).getByRole('link', { name: 'Scan history of Production' }).getAttribute('href')).toBe('/accounts/acc-1/scans');
    const legacy = await rowOf('Legacy');
    expect(legacy.textContent).toContain('Access keys');
    expect(legacy.textContent).toContain('Key …WXYZ');
    expect(legacy.textContent).toContain('Never scanned');
    expect(legacy.textContent).toContain('Not scheduled');
    // Analysts may scan, not manage.
    expect(within(production).getByRole('button', { name: 'Scan Production now' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(production).queryByRole('button', { name: 'Delete Production' })).toBeNull();
  });

  it('scans now with a live progress bar, and cancels while the scan runs', async () => {
    const cancelled = vi.fn(() => ({ data: { cancelScan: { __typename: 'Scan', id: 'scan-2', status: 'RUNNING' } } }));
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ANALYST'),
        accountsMock([accountNode()]),
        { request: { query: StartScanDocument, variables: { accountId: 'acc-1' } }, result: { data: { startScan: { __typename: 'Scan', id: 'scan-2', status: 'QUEUED' } } } },
        ...runningScanMocks('scan-2'),
        { request: { query: CancelScanDocument, variables: { scanId: 'scan-2' } }, result: cancelled },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Scan Production now' }));
    expect(await screen.findByRole('progressbar', { name: 'Scan 40% done' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Scan Production now' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the scan of Production' }));
    await waitFor(() => expect(cancelled).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows a scan that is already running, with Cancel', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [viewerMock('ADMIN'), accountsMock([accountNode({ lastScan: { ...finishedScan, id: 'scan-3', status: 'RUNNING', finishedAt: null } })]), ...runningScanMocks('scan-3')],
    });
    expect(await screen.findByRole('button', { name: 'Cancel the scan of Production' })).toBeTruthy();
    expect(await screen.findByRole('progressbar', { name: 'Scan 40% done' })).toBeTruthy();
  });

  it('schedules scans with a preset, and shows the server refusing an expression', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ADMIN'),
        accountsMock([accountNode()]),
        {
          request: { query: ScheduleScansDocument, variables: { accountId: 'acc-1', cron: '* * * * *' } },
          result: { errors: [{ message: 'Scheduled scans may run at most every 5 minutes.', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
        {
          request: { query: ScheduleScansDocument, variables: { accountId: 'acc-1', cron: '0 3 * * 1' } },
          result: { data: { scheduleScans: { __typename: 'AwsAccount', id: 'acc-1', scanSchedule: '0 3 * * 1' } } },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Schedule scans of Production' }));
    const dialog = await screen.findByRole('dialog', { name: 'Scheduled scans of Production' });
    const cron = within(dialog).getByLabelText('Cron expression (UTC)') as HTMLInputElement;
    expect(cron.value).toBe('0 3 * * *');
    fireEvent.change(cron, { target: { value: '* * * * *' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save schedule' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('at most every 5 minutes');

    fireEvent.click(within(dialog).getByText('Weekly, Monday 03:00 UTC'));
    expect(cron.value).toBe('0 3 * * 1');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Scheduled scans of Production' })).toBeNull());
  });

  it('edits an account, sending only what changed', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ADMIN'),
        accountsMock([accountNode()]),
        {
          request: { query: UpdateAwsAccountDocument, variables: { id: 'acc-1', input: { name: 'Prod EU', regions: ['eu-west-1', 'eu-central-1'] } } },
          result: {
            data: {
              updateAwsAccount: { __typename: 'AwsAccount', id: 'acc-1', name: 'Prod EU', roleArn: accountNode().roleArn, accessKeyIdLast4: null, regions: ['eu-west-1', 'eu-central-1'], awsAccountId: '123456789012' },
            },
          },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Production' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Production' });
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: 'Prod EU' } });
    fireEvent.change(within(dialog).getByLabelText(/^Regions/), { target: { value: 'eu-west-1, eu-central-1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Production' })).toBeNull());
  });

  it('deletes an account only after confirmation', async () => {
    renderWithProviders(<AccountsPage />, {
      path: '/accounts',
      mocks: [
        viewerMock('ADMIN'),
        accountsMock([accountNode()]),
        {
          request: { query: DeleteAwsAccountDocument, variables: { id: 'acc-1' } },
          result: { errors: [{ message: 'A scan of this account is queued or running: cancel it first.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Delete Production' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Production?' });
    expect(dialog.textContent).toContain('deletes its scans, collected resources and findings');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Delete Production' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete Production?' })).getByRole('button', { name: 'Delete account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('cancel it first');
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { ScanProgressDocument } from '../accounts';
import { accountNode, accountsMock, ALWAYS, viewerMock } from '../accountFixtures';
import { AccountsPage } from '../AccountsPage';
import { AddSnapshotAccountDocument, AppendSnapshotUploadDocument, ReplaceAccountSnapshotDocument, StartSnapshotUploadDocument } from './snapshotUpload';

const FILE_BYTES = Uint8Array.from([31, 139, 8, 0, 1, 2, 3, 4, 5, 6]);

function uploadMocks() {
  const received: number[] = [];
  const started = {
    request: { query: StartSnapshotUploadDocument },
    result: { data: { startSnapshotUpload: { __typename: 'SnapshotUpload', id: 'up-1', receivedBytes: 0, maxBytes: 1024, maxChunkBytes: 4 } } },
  };
  const appended = {
    request: {
      query: AppendSnapshotUploadDocument,
      variables: (v: { uploadId: string; offset: number; data: string }) => v.uploadId === 'up-1' && v.offset === received.length,
    },
    result: (v: { data: string }) => {
      received.push(...Uint8Array.from(atob(v.data), (c) => c.charCodeAt(0)));
      return { data: { appendSnapshotUpload: { __typename: 'SnapshotUpload', id: 'up-1', receivedBytes: received.length } } };
    },
    maxUsageCount: ALWAYS,
  };
  return { received, mocks: [started, appended] };
}

const scanDone = {
  request: { query: ScanProgressDocument, variables: { id: 'scan-snap' } },
  result: {
    data: {
      scan: {
        __typename: 'Scan',
        id: 'scan-snap',
        status: 'COMPLETED',
        finishedAt: '2026-01-01T10:00:05.000Z',
        resourceCount: 42,
        errorCount: 0,
        failureReason: null,
        evaluation: { __typename: 'ScanEvaluation', evaluatedAt: '2026-01-01T10:00:06.000Z', opened: 7 },
      },
    },
  },
  maxUsageCount: ALWAYS,
};

const chooseFile = (dialog: HTMLElement) =>
  fireEvent.change(within(dialog).getByLabelText(/Snapshot file/), { target: { files: [new File([FILE_BYTES], 'acme.json.gz', { type: 'application/gzip' })] } });

describe('snapshot accounts on the accounts page', () => {
  it('adds an account from a snapshot file uploaded in chunks, then follows its first scan', async () => {
    const upload = uploadMocks();
    let input: unknown = null;
    const added = {
      request: {
        query: AddSnapshotAccountDocument,
        variables: (v: { input: unknown }) => {
          input = v.input;
          return true;
        },
      },
      result: { data: { addSnapshotAccount: { __typename: 'AwsAccount', id: 'snap-1', name: 'Acme copy', authMethod: 'SNAPSHOT', lastScan: { __typename: 'Scan', id: 'scan-snap', status: 'QUEUED' } } } },
    };
    renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock([]), ...upload.mocks, added, scanDone] });

    fireEvent.click(await screen.findByRole('button', { name: 'Add account from snapshot file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an account from a snapshot file' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Upload and add' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Choose a snapshot file.');
    chooseFile(dialog);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Account name' }), { target: { value: 'Acme copy' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Upload and add' }));

    expect(await within(dialog).findByText(/42 resources, 0 errors · 7 findings opened/)).toBeTruthy();
    expect(upload.received).toEqual([...FILE_BYTES]);
    expect(input).toEqual({ name: 'Acme copy', uploadId: 'up-1' });
  });

  it('replaces the snapshot of a SNAPSHOT account and shows why a malformed file was refused', async () => {
    const upload = uploadMocks();
    const nodes = [accountNode({ id: 'snap-1', name: 'Acme copy', authMethod: 'SNAPSHOT', roleArn: null }), accountNode({ id: 'demo', name: 'Demo', authMethod: 'SNAPSHOT', demo: true, roleArn: null })];
    const refused = {
      request: { query: ReplaceAccountSnapshotDocument, variables: { accountId: 'snap-1', uploadId: 'up-1' } },
      result: { errors: [{ message: 'This is not a CSPMEXA scan snapshot (resources.0.kind: Required).', extensions: { code: 'BAD_USER_INPUT' } }] },
    };
    renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ADMIN'), accountsMock(nodes), ...upload.mocks, refused] });

    fireEvent.click(await screen.findByRole('button', { name: 'Replace the snapshot of Acme copy' }));
    expect(screen.queryByRole('button', { name: 'Replace the snapshot of Demo' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Replace the snapshot of Acme copy' });
    expect(within(dialog).queryByRole('textbox', { name: 'Account name' })).toBeNull();
    chooseFile(dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Upload and replace' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('not a CSPMEXA scan snapshot');
    expect(upload.received).toEqual([...FILE_BYTES]);
  });

  it('is not offered to analysts', async () => {
    renderWithProviders(<AccountsPage />, { path: '/accounts', mocks: [viewerMock('ANALYST'), accountsMock([accountNode({ id: 'snap-1', name: 'Acme copy', authMethod: 'SNAPSHOT', roleArn: null })])] });
    await screen.findByText('Acme copy');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Add account from snapshot file' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Replace the snapshot of Acme copy' })).toBeNull();
  });
});

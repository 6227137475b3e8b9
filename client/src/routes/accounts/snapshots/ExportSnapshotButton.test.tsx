import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { viewerMock } from '../../alerts/alertsFixtures';
import { ExportSnapshotButton } from './ExportSnapshotButton';
import { ExportScanSnapshotDocument, SnapshotExportChunkDocument, SnapshotExportDestinationsDocument, SnapshotExportProgressDocument } from './snapshotExport';

const destinations = (list: ('LOCAL' | 'S3')[]) => ({ request: { query: SnapshotExportDestinationsDocument }, result: { data: { snapshotExportDestinations: list } } });
const started = (destination: 'LOCAL' | 'S3') => ({
  request: { query: ExportScanSnapshotDocument, variables: { scanId: 's1', destination } },
  result: { data: { exportScanSnapshot: { __typename: 'SnapshotExport', id: 'x1', status: 'RUNNING', resourceCount: 0 } } },
});

function progress(status: 'RUNNING' | 'COMPLETED' | 'FAILED', resourceCount: number, extra: { location?: string; error?: string; destination?: string } = {}) {
  return {
    request: { query: SnapshotExportProgressDocument, variables: { id: 'x1' } },
    result: {
      data: {
        snapshotExport: {
          __typename: 'SnapshotExport',
          id: 'x1',
          status,
          destination: extra.destination ?? 'LOCAL',
          resourceCount,
          byteSize: 6,
          fileName: 'cspmexa-snapshot-111122223333-20260101T100000Z.json.gz',
          location: extra.location ?? null,
          error: extra.error ?? null,
        },
      },
    },
  };
}

const chunk = (offset: number, bytes: number[], nextOffset: number | null) => ({
  request: { query: SnapshotExportChunkDocument, variables: { id: 'x1', offset } },
  result: { data: { snapshotExport: { __typename: 'SnapshotExport', id: 'x1', content: { __typename: 'SnapshotChunk', data: btoa(String.fromCharCode(...bytes)), nextOffset } } } },
});

describe('ExportSnapshotButton', () => {
  it('exports the scan, shows the resources written, then saves the gzip file read chunk by chunk', async () => {
    const saved: { blob: Blob; fileName: string }[] = [];
    renderWithProviders(<ExportSnapshotButton scanId="s1" pollIntervalMs={5} save={(blob, fileName) => saved.push({ blob, fileName })} />, {
      mocks: [
        viewerMock('ADMIN'),
        destinations(['LOCAL']),
        started('LOCAL'),
        { ...progress('RUNNING', 40), delay: 20 },
        progress('COMPLETED', 135),
        chunk(0, [0x1f, 0x8b, 0x08], 3),
        chunk(3, [0x00, 0xff, 0x10], null),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Export snapshot' }));
    expect(await screen.findByText('Writing the snapshot: 40 resources')).toBeTruthy();
    expect(await screen.findByText('Saved cspmexa-snapshot-111122223333-20260101T100000Z.json.gz (135 resources)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export to S3' })).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.blob.type).toBe('application/gzip');
    expect([...new Uint8Array(await saved[0]!.blob.arrayBuffer())]).toEqual([0x1f, 0x8b, 0x08, 0x00, 0xff, 0x10]);
  });

  it('writes to the configured bucket and says where, downloading nothing', async () => {
    const saved: Blob[] = [];
    renderWithProviders(<ExportSnapshotButton scanId="s1" pollIntervalMs={5} save={(blob) => saved.push(blob)} />, {
      mocks: [viewerMock('ADMIN'), destinations(['LOCAL', 'S3']), started('S3'), progress('COMPLETED', 135, { destination: 'S3', location: 's3://exports/org/111122223333/s1.json.gz' })],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Export to S3' }));
    expect(await screen.findByText('Written to s3://exports/org/111122223333/s1.json.gz (135 resources)')).toBeTruthy();
    expect(saved).toHaveLength(0);
  });

  it("shows the server's reason when the export cannot start or fails", async () => {
    renderWithProviders(<ExportSnapshotButton scanId="s1" pollIntervalMs={5} save={() => undefined} />, {
      mocks: [viewerMock('ADMIN'), destinations(['LOCAL', 'S3']), started('S3'), progress('FAILED', 0, { destination: 'S3', error: "Writing to the S3 bucket failed; check the server's s3:PutObject permission and try again." })],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Export to S3' }));
    expect(await screen.findByText(/check the server's s3:PutObject permission/)).toBeTruthy();
  });

  it('is not offered to analysts', async () => {
    renderWithProviders(<ExportSnapshotButton scanId="s1" save={() => undefined} />, { mocks: [viewerMock('ANALYST')] });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: 'Export snapshot' })).toBeNull();
  });
});

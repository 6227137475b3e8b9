import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ExportButtons } from './ExportButtons';
import { ExportFindingsDocument, FindingsExportChunkDocument, FindingsExportProgressDocument } from './exportFindings';

const filter = { severities: ['CRITICAL' as const] };

function progress(status: 'RUNNING' | 'COMPLETED' | 'FAILED', rowCount: number) {
  return {
    data: {
      findingsExport: {
        __typename: 'FindingsExport',
        id: 'exp-1',
        format: 'CSV',
        status,
        rowCount,
        byteSize: status === 'COMPLETED' ? 40 : 0,
        fileName: 'cspmexa-findings.csv',
      },
    },
  };
}

function chunk(data: string, nextOffset: number | null) {
  return {
    data: { findingsExport: { __typename: 'FindingsExport', id: 'exp-1', content: { __typename: 'ExportChunk', data, nextOffset } } },
  };
}

const started = {
  request: { query: ExportFindingsDocument, variables: { format: 'CSV', filter } },
  result: { data: { exportFindings: { __typename: 'FindingsExport', id: 'exp-1', status: 'RUNNING', rowCount: 0 } } },
};

describe('ExportButtons', () => {
  it('starts a CSV export of the current filter, shows its progress, then saves the file read chunk by chunk', async () => {
    const saved: { blob: Blob; fileName: string }[] = [];
    renderWithProviders(
      <ExportButtons filter={filter} pollIntervalMs={5} save={(blob, fileName) => saved.push({ blob, fileName })} />,
      {
        mocks: [
          started,
          { request: { query: FindingsExportProgressDocument, variables: { id: 'exp-1' } }, result: progress('RUNNING', 120), delay: 20 },
          { request: { query: FindingsExportProgressDocument, variables: { id: 'exp-1' } }, result: progress('COMPLETED', 250) },
          { request: { query: FindingsExportChunkDocument, variables: { id: 'exp-1', offset: 0 } }, result: chunk('id,title\n', 9) },
          { request: { query: FindingsExportChunkDocument, variables: { id: 'exp-1', offset: 9 } }, result: chunk('f1,Public\n', null) },
        ],
      },
    );

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText(/findings written/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export OCSF' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByText('Saved cspmexa-findings.csv (250 findings)')).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('cspmexa-findings.csv');
    expect(await saved[0]?.blob.text()).toBe('id,title\nf1,Public\n');
    expect(saved[0]?.blob.type).toMatch(/^text\/csv/);
  });

  it('reports a failed export and lets the person start another', async () => {
    const saved: Blob[] = [];
    renderWithProviders(<ExportButtons filter={filter} pollIntervalMs={5} save={(blob) => saved.push(blob)} />, {
      mocks: [
        started,
        { request: { query: FindingsExportProgressDocument, variables: { id: 'exp-1' } }, result: progress('FAILED', 3) },
      ],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText('The export failed. Start it again.')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Export CSV' }) as HTMLButtonElement).disabled).toBe(false));
    expect(saved).toHaveLength(0);
  });
});

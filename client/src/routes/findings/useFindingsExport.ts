import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, FindingFilter } from '../../gql/graphql';
import { ExportFindingsDocument, FindingsExportProgressDocument } from './exportFindings';
import { readExportFile } from './readExportFile';

export const EXPORT_POLL_INTERVAL_MS = 1_000;
/** Safety stop: an export the server never finishes must not make the tab poll forever. */
const MAX_POLLING_MS = 30 * 60_000;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat; rowCount: number }
  | { phase: 'downloading'; format: ExportFormat; rowCount: number }
  | { phase: 'done'; format: ExportFormat; rowCount: number; fileName: string }
  | { phase: 'failed'; message: string };

interface Options {
  pollIntervalMs?: number;
  save: (blob: Blob, fileName: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts an export, polls its progress (rowCount, status) and, once COMPLETED, reads the file in chunks and saves
 * it. One export at a time; unmounting stops the polling loop.
 */
export function useFindingsExport({ pollIntervalMs = EXPORT_POLL_INTERVAL_MS, save }: Options) {
  const client = useApolloClient();
  const [start] = useMutation(ExportFindingsDocument);
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = (next: ExportState) => {
    if (mounted.current) setState(next);
  };

  const run = useCallback(
    async (format: ExportFormat, filter: FindingFilter) => {
      update({ phase: 'running', format, rowCount: 0 });
      try {
        const started = await start({ variables: { format, filter } });
        const id = started.data?.exportFindings.id;
        if (!id) throw new Error('no export id');
        const deadline = Date.now() + MAX_POLLING_MS;
        while (mounted.current) {
          const { data } = await client.query({
            query: FindingsExportProgressDocument,
            variables: { id },
            fetchPolicy: 'network-only',
          });
          const progress = data?.findingsExport;
          if (!progress || progress.status === 'FAILED') {
            return update({ phase: 'failed', message: 'The export failed. Start it again.' });
          }
          if (progress.status === 'COMPLETED') {
            update({ phase: 'downloading', format, rowCount: progress.rowCount });
            const blob = await readExportFile(client, id, format);
            if (!mounted.current) return;
            save(blob, progress.fileName);
            return update({ phase: 'done', format, rowCount: progress.rowCount, fileName: progress.fileName });
          }
          update({ phase: 'running', format, rowCount: progress.rowCount });
          if (Date.now() > deadline) return update({ phase: 'failed', message: 'The export is taking too long.' });
          await sleep(pollIntervalMs);
        }
      } catch {
        update({ phase: 'failed', message: 'The export could not be completed. Try again.' });
      }
    },
    // `update` only reads the mounted ref and the state setter, both stable.
    [client, start, pollIntervalMs, save],
  );

  return { state, run };
}

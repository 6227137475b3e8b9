import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import type { SnapshotDestination } from '../../../gql/graphql';
import { readSnapshotExport } from './readSnapshotExport';
import { ExportScanSnapshotDocument, SnapshotExportProgressDocument } from './snapshotExport';

export const SNAPSHOT_POLL_INTERVAL_MS = 1_000;
/** Safety stop: an export the server never finishes must not make the tab poll forever. */
const MAX_POLLING_MS = 30 * 60_000;

export type SnapshotExportState =
  | { phase: 'idle' }
  | { phase: 'writing'; resourceCount: number }
  | { phase: 'downloading'; resourceCount: number }
  | { phase: 'saved'; resourceCount: number; fileName: string }
  | { phase: 'uploaded'; resourceCount: number; location: string }
  | { phase: 'failed'; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a snapshot export of one scan, follows `resourceCount` while the server writes it, then either downloads
 * the gzip file through the API (LOCAL) or reports where it was put (S3). Unmounting stops the loop.
 */
export function useSnapshotExport(options: { save: (blob: Blob, fileName: string) => void; pollIntervalMs?: number }) {
  const { save, pollIntervalMs = SNAPSHOT_POLL_INTERVAL_MS } = options;
  const client = useApolloClient();
  const [start] = useMutation(ExportScanSnapshotDocument);
  const [state, setState] = useState<SnapshotExportState>({ phase: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (scanId: string, destination: SnapshotDestination) => {
      const show = (next: SnapshotExportState) => mounted.current && setState(next);
      show({ phase: 'writing', resourceCount: 0 });
      let id: string;
      try {
        const started = await start({ variables: { scanId, destination } });
        if (!started.data) throw new Error('no export');
        id = started.data.exportScanSnapshot.id;
      } catch (error) {
        show({ phase: 'failed', message: userMessage(error, 'Could not start the export. Try again.') });
        return;
      }
      try {
        for (const deadline = Date.now() + MAX_POLLING_MS; mounted.current; await sleep(pollIntervalMs)) {
          const { data } = await client.query({ query: SnapshotExportProgressDocument, variables: { id }, fetchPolicy: 'network-only' });
          const progress = data?.snapshotExport;
          if (!progress || progress.status === 'FAILED') return show({ phase: 'failed', message: progress?.error ?? 'The export failed. Start it again.' });
          if (progress.status === 'COMPLETED' && progress.location) return show({ phase: 'uploaded', resourceCount: progress.resourceCount, location: progress.location });
          if (progress.status === 'COMPLETED') {
            show({ phase: 'downloading', resourceCount: progress.resourceCount });
            const blob = await readSnapshotExport(client, id);
            if (!mounted.current) return;
            save(blob, progress.fileName);
            return show({ phase: 'saved', resourceCount: progress.resourceCount, fileName: progress.fileName });
          }
          show({ phase: 'writing', resourceCount: progress.resourceCount });
          if (Date.now() > deadline) return show({ phase: 'failed', message: 'The export is taking too long.' });
        }
      } catch {
        show({ phase: 'failed', message: 'The snapshot could not be downloaded. Try again.' });
      }
    },
    [client, start, pollIntervalMs, save],
  );

  return { state, run };
}

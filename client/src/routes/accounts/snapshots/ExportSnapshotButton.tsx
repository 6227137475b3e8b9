import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useViewerRole } from '../../../auth/useViewerRole';
import { saveBlob } from '../../findings/readExportFile';
import { SnapshotExportDestinationsDocument } from './snapshotExport';
import { useSnapshotExport, type SnapshotExportState } from './useSnapshotExport';

interface ExportSnapshotButtonProps {
  scanId: string;
  /** Where the downloaded file goes; the browser's downloads by default (tests capture it). */
  save?: (blob: Blob, fileName: string) => void;
  pollIntervalMs?: number;
}

/**
 * "Export snapshot" of one scan (admins): downloads the gzip JSON through the API, or, when the server has a
 * bucket configured, "Export to S3" writes it there. Progress in a polite live region.
 */
export function ExportSnapshotButton({ scanId, save = saveBlob, pollIntervalMs }: ExportSnapshotButtonProps) {
  const isAdmin = useViewerRole() === 'ADMIN';
  const destinations = useQuery(SnapshotExportDestinationsDocument, { skip: !isAdmin });
  const { state, run } = useSnapshotExport({ save, ...(pollIntervalMs === undefined ? {} : { pollIntervalMs }) });
  if (!isAdmin) return null;
  const busy = state.phase === 'writing' || state.phase === 'downloading';
  const s3 = destinations.data?.snapshotExportDestinations.includes('S3') ?? false;

  return (
    <Stack gap={4} align="flex-start">
      <Group gap={4}>
        <Button size="compact-xs" variant="default" disabled={busy} onClick={() => void run(scanId, 'LOCAL')}>
          Export snapshot
        </Button>
        {s3 && (
          <Button size="compact-xs" variant="default" disabled={busy} onClick={() => void run(scanId, 'S3')}>
            Export to S3
          </Button>
        )}
      </Group>
      <div role="status" aria-live="polite">
        <SnapshotExportProgress state={state} />
      </div>
    </Stack>
  );
}

function SnapshotExportProgress({ state }: { state: SnapshotExportState }) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'writing':
    case 'downloading':
      return (
        <Group gap={6}>
          <Loader size="xs" />
          <Text size="sm">
            {state.phase === 'writing' ? `Writing the snapshot: ${state.resourceCount} resources` : `Downloading ${state.resourceCount} resources`}
          </Text>
        </Group>
      );
    case 'saved':
      return <Text size="sm">Saved {state.fileName} ({state.resourceCount} resources)</Text>;
    case 'uploaded':
      return <Text size="sm" style={{ wordBreak: 'break-all' }}>Written to {state.location} ({state.resourceCount} resources)</Text>;
    case 'failed':
      return (
        <Alert color="red" p={4}>
          {state.message}
        </Alert>
      );
  }
}

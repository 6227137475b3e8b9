import { Group, Progress, Stack, Text } from '@mantine/core';
import { isScanFinished } from './scanStatus';
import { ScanStatusBadge } from './ScanStatusBadge';
import { useScanProgress } from './useScanProgress';

const PHASE_LABEL: Readonly<Record<string, string>> = {
  QUEUED: 'Waiting for a worker',
  CREDENTIALS: 'Getting credentials',
  REGIONS: 'Listing regions',
  COLLECTING: 'Collecting',
  STORING: 'Storing',
  DONE: 'Done',
};

/** Live progress of a scan just started from this page: a progress bar fed by the `scanProgress` subscription. */
export function ScanProgress({ scanId, onSettled }: { scanId: string; onSettled: () => void }) {
  const { scan, progress, error } = useScanProgress(scanId, onSettled);

  if (error && !scan && !progress) return <Text size="sm" c="red">Could not read the scan's progress.</Text>;
  const finished = scan !== null && isScanFinished(scan);
  const status = scan && finished ? scan.status : (progress?.status ?? scan?.status ?? 'QUEUED');
  const resources = finished ? scan.resourceCount : (progress?.resourcesCollected ?? scan?.resourceCount ?? 0);
  const errors = finished ? scan.errorCount : (progress?.errors ?? scan?.errorCount ?? 0);

  return (
    <Stack gap={4} aria-live="polite">
      <Group gap="xs">
        <ScanStatusBadge status={status} />
        <Text size="sm">
          {!finished && progress && `${PHASE_LABEL[progress.phase] ?? progress.phase} · `}
          {resources} resources, {errors} errors
          {!finished && progress && ` · ${progress.apiCalls} API calls`}
          {finished && scan && !scan.evaluation && scan.status !== 'FAILED' && scan.status !== 'CANCELLED' && ' · evaluating findings…'}
          {scan?.evaluation && ` · ${scan.evaluation.opened} findings opened`}
        </Text>
      </Group>
      {!finished &&
        (progress ? (
          <Progress value={progress.percentage} aria-label={`Scan ${progress.percentage}% done`} />
        ) : (
          <Progress value={100} animated striped aria-label="Scan starting" />
        ))}
      {scan?.failureReason && (
        <Text size="sm" c="red">
          {scan.failureReason}
        </Text>
      )}
    </Stack>
  );
}

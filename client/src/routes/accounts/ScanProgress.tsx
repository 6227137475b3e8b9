import { Group, Progress, Stack, Text } from '@mantine/core';
import { isScanFinished } from './scanStatus';
import { ScanStatusBadge } from './ScanStatusBadge';
import { useScanProgress } from './useScanProgress';

/** Live progress of a scan just started from this page. */
export function ScanProgress({ scanId, onSettled }: { scanId: string; onSettled: () => void }) {
  const { scan, error } = useScanProgress(scanId, onSettled);

  if (error && !scan) return <Text size="sm" c="red">Could not read the scan's progress.</Text>;
  if (!scan) return <Progress value={100} animated striped aria-label="Scan starting" />;

  const finished = isScanFinished(scan);
  return (
    <Stack gap={4} aria-live="polite">
      <Group gap="xs">
        <ScanStatusBadge status={scan.status} />
        <Text size="sm">
          {scan.resourceCount} resources, {scan.errorCount} errors
          {finished && !scan.evaluation && scan.status !== 'FAILED' && ' · evaluating findings…'}
          {scan.evaluation && ` · ${scan.evaluation.opened} findings opened`}
        </Text>
      </Group>
      {!finished && <Progress value={100} animated striped aria-label="Scan in progress" />}
      {scan.failureReason && (
        <Text size="sm" c="red">
          {scan.failureReason}
        </Text>
      )}
    </Stack>
  );
}

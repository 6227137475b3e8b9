import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ExportFormat, FindingFilter } from '../../gql/graphql';
import { saveBlob } from './readExportFile';
import { useFindingsExport, type ExportState } from './useFindingsExport';

interface ExportButtonsProps {
  /** The findings to export: the triage page's current filter. */
  filter: FindingFilter;
  /** Where the finished file goes; the browser's downloads by default (tests capture it). */
  save?: (blob: Blob, fileName: string) => void;
  pollIntervalMs?: number;
}

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'CSV', label: 'Export CSV' },
  { format: 'OCSF', label: 'Export OCSF' },
];

/** Export buttons with the export's progress in a polite live region (PRODUCT.md: long operations show progress). */
export function ExportButtons({ filter, save = saveBlob, pollIntervalMs }: ExportButtonsProps) {
  const { state, run } = useFindingsExport({ save, pollIntervalMs });
  const busy = state.phase === 'running' || state.phase === 'downloading';

  return (
    <Group gap="xs">
      {FORMATS.map(({ format, label }) => (
        <Button key={format} variant="default" size="xs" disabled={busy} onClick={() => void run(format, filter)}>
          {label}
        </Button>
      ))}
      <div role="status" aria-live="polite">
        <ExportProgress state={state} />
      </div>
    </Group>
  );
}

function ExportProgress({ state }: { state: ExportState }) {
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running':
      return (
        <Group gap={6}>
          <Loader size="xs" />
          <Text size="sm">
            Exporting {state.format}: {state.rowCount} findings written
          </Text>
        </Group>
      );
    case 'downloading':
      return (
        <Group gap={6}>
          <Loader size="xs" />
          <Text size="sm">Downloading {state.rowCount} findings</Text>
        </Group>
      );
    case 'done':
      return (
        <Text size="sm">
          Saved {state.fileName} ({state.rowCount} findings)
        </Text>
      );
    case 'failed':
      return (
        <Alert color="red" p={4}>
          {state.message}
        </Alert>
      );
  }
}

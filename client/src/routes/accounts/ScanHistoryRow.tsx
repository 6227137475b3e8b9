import { Button, Stack, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { formatDateTime } from '../../components/formatDateTime';
import type { ScanHistoryQuery } from '../../gql/graphql';
import { ScanErrorsList } from './ScanErrorsList';
import { ScanStatusBadge } from './ScanStatusBadge';
import { ExportSnapshotButton } from './snapshots/ExportSnapshotButton';

type ScanNode = ScanHistoryQuery['scans']['edges'][number]['node'];

const COLUMNS = 6;

/** One scan: status, when, what it collected and changed; its errors open in a row underneath. */
export function ScanHistoryRow({ scan }: { scan: ScanNode }) {
  const [showErrors, setShowErrors] = useState(false);
  const errorsId = useId();
  const when = scan.finishedAt ?? scan.startedAt ?? scan.queuedAt;

  return (
    <>
      <Table.Tr>
        <Table.Td>
          <ScanStatusBadge status={scan.status} />
        </Table.Td>
        <Table.Td>{formatDateTime(when)}</Table.Td>
        <Table.Td>{scan.resourceCount}</Table.Td>
        <Table.Td>
          {scan.evaluation ? (
            `${scan.evaluation.opened} opened, ${scan.evaluation.reopened} reopened, ${scan.evaluation.resolved} resolved`
          ) : (
            <Text size="sm" c="dimmed">
              {scan.status === 'FAILED' ? 'Not evaluated' : 'Not evaluated yet'}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Stack gap={4} align="flex-start">
            {scan.errorCount === 0 ? (
              '0'
            ) : (
              <Button
                size="compact-xs"
                variant="subtle"
                aria-expanded={showErrors}
                aria-controls={errorsId}
                onClick={() => setShowErrors(!showErrors)}
              >
                {showErrors ? 'Hide' : 'Show'} {scan.errorCount} {scan.errorCount === 1 ? 'error' : 'errors'}
              </Button>
            )}
            {scan.failureReason && (
              <Text size="sm" c="red">
                {scan.failureReason}
              </Text>
            )}
          </Stack>
        </Table.Td>
        <Table.Td>{scan.exportable && <ExportSnapshotButton scanId={scan.id} />}</Table.Td>
      </Table.Tr>
      {showErrors && (
        <Table.Tr id={errorsId}>
          <Table.Td colSpan={COLUMNS}>
            <ScanErrorsList scanId={scan.id} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Code, Table, Text } from '@mantine/core';
import { ErrorState } from '../../components/ErrorState';
import { ListSkeleton } from '../../components/ListSkeleton';
import { ScanErrorsDocument } from './scans';

/** The API calls a scan could not make, with AWS's code and message (which names the IAM action to grant). */
export function ScanErrorsList({ scanId }: { scanId: string }) {
  const { data, error, refetch } = useQuery(ScanErrorsDocument, { variables: { id: scanId } });
  const scan = data?.scan;

  if (error && !data) return <ErrorState title="Could not load the scan errors" error={error} onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton label="Loading scan errors" rows={2} />;
  if (!scan || scan.errors.length === 0) return <Text size="sm" c="dimmed">No error was recorded.</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder aria-label="Scan errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">API</Table.Th>
              <Table.Th scope="col">Code</Table.Th>
              <Table.Th scope="col">Message</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scan.errors.map((scanError, index) => (
              // Errors have no id; the same call can fail twice (two resources), so the position disambiguates.
              <Table.Tr key={`${index}:${scanError.api}`}>
                <Table.Td>
                  <Code>{scanError.api}</Code>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {[scanError.region, scanError.resourceArn].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{scanError.code}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {scanError.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {scan.errorCount > scan.errors.length && (
        <Text size="xs" c="dimmed">
          The first {scan.errors.length} of {scan.errorCount} errors are kept.
        </Text>
      )}
    </>
  );
}

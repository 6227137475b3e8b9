import { useQuery } from '@apollo/client/react';
import { Code, Table, Text } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import type { ScanErrorsQuery } from '../../gql/graphql';
import { ScanErrorsDocument } from './scans';

/** The API calls a scan could not make, with AWS's code and message (which names the IAM action to grant). */
export function ScanErrorsList({ scanId }: { scanId: string }) {
  const query = useQuery(ScanErrorsDocument, { variables: { id: scanId } });

  return (
    <QueryState
      value={query.data}
      query={query}
      errorTitle="Could not load the scan errors"
      loadingLabel="Loading scan errors"
      loadingRows={2}
      isEmpty={({ scan }) => !scan || scan.errors.length === 0}
      empty={
        <Text size="sm" c="dimmed">
          No error was recorded.
        </Text>
      }
    >
      {({ scan }) => scan && <ScanErrorsTable scan={scan} />}
    </QueryState>
  );
}

/** One row per failed call, and a note when the scan kept only the first of its errors. */
function ScanErrorsTable({ scan }: { scan: NonNullable<ScanErrorsQuery['scan']> }) {
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

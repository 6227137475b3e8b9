import { useQuery } from '@apollo/client/react';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { FINDING_STATUS_LABEL } from '../../components/findingStatus';
import { formatDateTime } from '../../components/formatDateTime';
import { QueryState } from '../../components/QueryState';
import { SeverityBadge } from '../../components/SeverityBadge';
import { RESOURCE_FINDINGS_PAGE_SIZE, ResourceFindingsDocument } from './resource';

/** Every finding on the resource (all statuses, most severe first), each linking to its details. */
export function ResourceFindings({ resourceId }: { resourceId: string }) {
  const query = useQuery(ResourceFindingsDocument, {
    variables: { id: resourceId, first: RESOURCE_FINDINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <QueryState
      value={query.data?.resource?.findings}
      query={query}
      errorTitle="Could not load the findings"
      loadingLabel="Loading findings"
      loadingRows={3}
      isEmpty={(connection) => connection.edges.length === 0}
      empty={<Text c="dimmed">No check has failed on this resource.</Text>}
    >
      {(connection) => (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label="Findings on this resource">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Severity</Table.Th>
                  <Table.Th scope="col">Finding</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Last seen</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node: finding }) => (
                  <Table.Tr key={finding.id}>
                    <Table.Td>
                      <SeverityBadge severity={finding.severity} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/findings/${encodeURIComponent(finding.id)}`}>
                        {finding.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {finding.shortId}
                      </Text>
                    </Table.Td>
                    <Table.Td>{FINDING_STATUS_LABEL[finding.status]}</Table.Td>
                    <Table.Td>{formatDateTime(finding.lastSeenAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ConnectionLoadMore query={query} connection={connection} />
        </>
      )}
    </QueryState>
  );
}

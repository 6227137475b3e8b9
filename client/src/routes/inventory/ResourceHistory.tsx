import { useQuery } from '@apollo/client/react';
import { Badge, Code, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { formatDateTime } from '../../components/formatDateTime';
import { QueryState } from '../../components/QueryState';
import type { ResourceHistoryQuery } from '../../gql/graphql';
import { changeTypeLabel, formatChangePath, formatChangeValue, pathChangeLabel } from './configChange';
import { RESOURCE_HISTORY_PAGE_SIZE, ResourceHistoryDocument } from './resourceHistory';

type Change = NonNullable<ResourceHistoryQuery['resource']>['history']['edges'][number]['node'];

/** What scans saw change on the resource, newest first: each configuration path with its value before and after. */
export function ResourceHistory({ resourceId }: { resourceId: string }) {
  const query = useQuery(ResourceHistoryDocument, {
    variables: { id: resourceId, first: RESOURCE_HISTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <QueryState
      value={query.data?.resource?.history}
      query={query}
      errorTitle="Could not load the history"
      loadingLabel="Loading history"
      loadingRows={2}
      isEmpty={(connection) => connection.edges.length === 0}
      empty={<Text c="dimmed">No change since the resource was first seen. Scans record every change of its configuration or tags here.</Text>}
    >
      {(connection) => (
        <Stack gap="sm">
          <Stack component="ol" aria-label="Change history" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <ChangeEntry change={node} />
              </li>
            ))}
          </Stack>
          <ConnectionLoadMore query={query} connection={connection} />
        </Stack>
      )}
    </QueryState>
  );
}

function ChangeEntry({ change }: { change: Change }) {
  const type = changeTypeLabel(change.changeType);
  return (
    <Paper withBorder p="sm">
      <Group gap="xs" mb={change.changes.length > 0 ? 'xs' : 0}>
        <Badge color={type.color} variant="light">
          {type.label}
        </Badge>
        <Text size="sm">{formatDateTime(change.changedAt)}</Text>
        {change.changeCount > change.changes.length && (
          <Text size="xs" c="dimmed">
            showing {change.changes.length} of {change.changeCount} changed paths
          </Text>
        )}
      </Group>
      {change.changes.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={`Changes of ${formatDateTime(change.changedAt)}`} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Setting</Table.Th>
                <Table.Th scope="col">Change</Table.Th>
                <Table.Th scope="col">Before</Table.Th>
                <Table.Th scope="col">After</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {change.changes.map((c) => (
                <Table.Tr key={c.path.join('\u0000')}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{formatChangePath(c.path)}</Table.Td>
                  <Table.Td>{pathChangeLabel(c.change)}</Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{formatChangeValue(c.before)}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{formatChangeValue(c.after)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
  )}
</Paper>
  );
}

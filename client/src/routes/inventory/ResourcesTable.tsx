import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DateTimeStack } from '../../components/DateTimeStack';
import type { ResourcesTable_ResourceFragment } from '../../gql/graphql';
import { resourceKindLabel } from './resourceKinds';

/** One row per resource; the name links to the resource page (configuration, tags, findings). */
export function ResourcesTable({ resources }: { resources: readonly ResourcesTable_ResourceFragment[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Resource</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Account</Table.Th>
            <Table.Th scope="col">Region</Table.Th>
            <Table.Th scope="col">Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((resource) => (
            <Table.Tr key={resource.id}>
              <Table.Td>
                <Anchor component={Link} to={`/inventory/${encodeURIComponent(resource.id)}`}>
                  {resource.name}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {resource.arn}
                </Text>
              </Table.Td>
              <Table.Td>{resourceKindLabel(resource.kind)}</Table.Td>
              <Table.Td>
                {resource.account.name}
                <Text size="xs" c="dimmed">
                  {resource.accountId}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{resource.region}</Table.Td>
              <Table.Td>
                <DateTimeStack iso={resource.lastSeenAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

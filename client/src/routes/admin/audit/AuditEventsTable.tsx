import { Code, Table, Text } from '@mantine/core';
import { formatDateTime } from '../../../components/formatDateTime';
import type { AuditEventsQuery } from '../../../gql/graphql';

type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

interface AuditEventsTableProps {
  events: readonly AuditEventRow[];
  /** Emails by user id, so actors read as people; unknown ids are shown as they are. */
  actorEmails: ReadonlyMap<string, string>;
}

function detailsText(details: unknown): string {
  if (details === null || typeof details !== 'object' || Object.keys(details).length === 0) return '';
  return JSON.stringify(details);
}

/** One row per audit entry, newest first, with its place in the chain. */
export function AuditEventsTable({ events, actorEmails }: AuditEventsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Audit events" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Target</Table.Th>
            <Table.Th scope="col">Source</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{event.sequence}</Table.Td>
              <Table.Td title={event.at}>{formatDateTime(event.at)}</Table.Td>
              <Table.Td>
                <Code>{event.action}</Code>
              </Table.Td>
              <Table.Td>{event.actorId ? (actorEmails.get(event.actorId) ?? event.actorId) : '—'}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{event.target ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="xs">{event.ip ?? '—'}</Text>
                <Text size="xs" c="dimmed" lineClamp={1} title={event.userAgent ?? undefined}>
                  {event.userAgent}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {detailsText(event.details)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

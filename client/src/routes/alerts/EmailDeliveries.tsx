import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Stack, Table, Text, Title } from '@mantine/core';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { formatDateTime } from '../../components/formatDateTime';
import { QueryState } from '../../components/QueryState';
import { DELIVERIES_PAGE_SIZE, EmailDeliveriesDocument } from './alerts';
import { deliveryStatusStyle } from './deliveryStatus';

/** The email delivery log, newest first: where each alert email stands and why the last attempt failed. */
export function EmailDeliveries() {
  const query = useQuery(EmailDeliveriesDocument, {
    variables: { first: DELIVERIES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <Stack component="section" aria-labelledby="deliveries-title">
      <Title order={2} size="h3" id="deliveries-title">
        Email deliveries
      </Title>
      <QueryState
        value={query.data?.emailDeliveries}
        query={query}
        errorTitle="Could not load the email deliveries"
        loadingLabel="Loading email deliveries"
        isEmpty={(connection) => connection.edges.length === 0}
        empty={
          <EmptyState
            title="No alert emails sent yet"
            description="Emails appear here when a finding opens or reopens and a notification rule matches it."
          />
        }
      >
        {(connection) => (
          <>
            <Table.ScrollContainer minWidth={800}>
              <Table striped aria-labelledby="deliveries-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Email</Table.Th>
                    <Table.Th scope="col">Attempts</Table.Th>
                    <Table.Th scope="col">Last error</Table.Th>
                    <Table.Th scope="col">Queued</Table.Th>
                    <Table.Th scope="col">Sent</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection.edges.map(({ node: delivery }) => {
                    const status = deliveryStatusStyle(delivery.status);
                    return (
                      <Table.Tr key={delivery.id}>
                        <Table.Td>
                          <Badge color={status.color} variant="light">
                            {status.label}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{delivery.subject}</Text>
                          <Text size="xs" c="dimmed">
                            to {delivery.recipient}
                          </Text>
                        </Table.Td>
                        <Table.Td>{delivery.attempts}</Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ wordBreak: 'break-word' }}>
                            {delivery.lastError ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatDateTime(delivery.createdAt)}</Table.Td>
                        <Table.Td>{formatDateTime(delivery.sentAt)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionLoadMore query={query} connection={connection} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

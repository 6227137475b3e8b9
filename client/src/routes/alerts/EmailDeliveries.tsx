import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../components/formatDateTime';
import { ListSkeleton } from '../../components/ListSkeleton';
import { LoadMore } from '../../components/LoadMore';
import { DELIVERIES_PAGE_SIZE, EmailDeliveriesDocument } from './alerts';
import { deliveryStatusStyle } from './deliveryStatus';

/** The email delivery log, newest first: where each alert email stands and why the last attempt failed. */
export function EmailDeliveries() {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(EmailDeliveriesDocument, {
    variables: { first: DELIVERIES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.emailDeliveries;
  const deliveries = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack component="section" aria-labelledby="deliveries-title">
      <Title order={2} size="h3" id="deliveries-title">
        Email deliveries
      </Title>
      {error && !connection ? (
        <ErrorState title="Could not load the email deliveries" error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <ListSkeleton label="Loading email deliveries" />
      ) : deliveries.length === 0 ? (
        <EmptyState
          title="No alert emails sent yet"
          description="Emails appear here when a finding opens or reopens and a notification rule matches it."
        />
      ) : (
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
                {deliveries.map((delivery) => {
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
          <LoadMore
            shown={deliveries.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </Stack>
  );
}

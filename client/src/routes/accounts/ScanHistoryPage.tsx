import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, EmptyState, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { ListSkeleton } from '../../components/ListSkeleton';
import { LoadMore } from '../../components/LoadMore';
import { ScanHistoryRow } from './ScanHistoryRow';
import { SCANS_PAGE_SIZE, ScanHistoryDocument } from './scans';

/** Every scan of one account, newest first (`/accounts/:accountId/scans`). */
export function ScanHistoryPage() {
  const { accountId = '' } = useParams();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ScanHistoryDocument, {
    variables: { accountId, first: SCANS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const account = data?.awsAccount;
  const connection = data?.scans;
  const scans = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <Anchor component={Link} to="/accounts" size="sm">
        ← All accounts
      </Anchor>
      <Title order={1}>Scan history{account ? ` of ${account.name}` : ''}</Title>
      {account?.awsAccountId && <Text c="dimmed">AWS account {account.awsAccountId}</Text>}
      {error && !data ? (
        <ErrorState title="Could not load the scan history" error={error} onRetry={() => void refetch()} />
      ) : !data || !connection ? (
        <ListSkeleton label="Loading scans" />
      ) : !account ? (
        <Text>This account does not exist, or it is not in your organisation.</Text>
      ) : scans.length === 0 ? (
        <EmptyState
          title="Never scanned"
          description={
            <>
              <Link to="/accounts">Go back to the accounts</Link> and press "Scan now" to collect its resources.
            </>
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={880}>
            <Table aria-label="Scans">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Resources</Table.Th>
                  <Table.Th scope="col">Findings</Table.Th>
                  <Table.Th scope="col">Errors</Table.Th>
                  <Table.Th scope="col">Snapshot</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scans.map((scan) => (
                  <ScanHistoryRow key={scan.id} scan={scan} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore
            shown={scans.length}
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

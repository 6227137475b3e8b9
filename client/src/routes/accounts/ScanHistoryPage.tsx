import { useQuery } from '@apollo/client/react';
import { Anchor, EmptyState, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { QueryState } from '../../components/QueryState';
import { ScanHistoryRow } from './ScanHistoryRow';
import { SCANS_PAGE_SIZE, ScanHistoryDocument } from './scans';

/** Every scan of one account, newest first (`/accounts/:accountId/scans`). */
export function ScanHistoryPage() {
  const { accountId = '' } = useParams();
  const query = useQuery(ScanHistoryDocument, {
    variables: { accountId, first: SCANS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const account = query.data?.awsAccount;

  return (
    <Stack>
      <Anchor component={Link} to="/accounts" size="sm">
        ← All accounts
      </Anchor>
      <Title order={1}>Scan history{account ? ` of ${account.name}` : ''}</Title>
      {account?.awsAccountId && <Text c="dimmed">AWS account {account.awsAccountId}</Text>}
      <QueryState
        value={query.data}
        query={query}
        errorTitle="Could not load the scan history"
        loadingLabel="Loading scans"
        // An unknown account has no scans either; which of the two it is decides what the page says.
        isEmpty={(loaded) => !loaded.awsAccount || loaded.scans.edges.length === 0}
        empty={
          account ? (
            <EmptyState
              title="Never scanned"
              description={
                <>
                  <Link to="/accounts">Go back to the accounts</Link> and press "Scan now" to collect its resources.
                </>
              }
            />
          ) : (
            <Text>This account does not exist, or it is not in your organisation.</Text>
          )
        }
      >
        {({ scans }) => (
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
                  {scans.edges.map(({ node: scan }) => (
                    <ScanHistoryRow key={scan.id} scan={scan} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ConnectionLoadMore query={query} connection={scans} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

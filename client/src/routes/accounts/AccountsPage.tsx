import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Stack, Table, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useViewerRole } from '../../auth/useViewerRole';
import { QueryState } from '../../components/QueryState';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument } from './accounts';
import { AccountRow } from './AccountRow';
import { AddDemoAccountButton } from './demo/AddDemoAccountButton';
import { AddSnapshotAccountButton } from './snapshots/SnapshotAccountButtons';
import { AddAccountWizard } from './wizard/AddAccountWizard';

export function AccountsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  // `?add=1` opens the wizard, so the Overview's "Connect an AWS account" lands right on it.
  const adding = searchParams.get('add') === '1';
  const setAdding = (open: boolean) => setSearchParams(open ? { add: '1' } : {});
  const isAdmin = useViewerRole() === 'ADMIN';
  const query = useQuery(AccountsDocument, { variables: { first: ACCOUNTS_PAGE_SIZE } });
  const { refetch } = query;
  const refreshAccounts = useCallback(() => void refetch(), [refetch]);
  const accounts = query.data?.awsAccounts;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Accounts & scans</Title>
        <Group align="flex-start">
          {accounts && <AddDemoAccountButton alreadyAdded={accounts.edges.some(({ node }) => node.demo)} onAdded={refreshAccounts} onSettled={refreshAccounts} />}
          <AddSnapshotAccountButton onSettled={refreshAccounts} />
          {!adding && <Button onClick={() => setAdding(true)}>Add account</Button>}
        </Group>
      </Group>
      {adding && <AddAccountWizard onAdded={refreshAccounts} onClose={() => setAdding(false)} />}
      <QueryState
        value={query.data?.awsAccounts}
        query={query}
        errorTitle="Could not load accounts"
        loadingLabel="Loading accounts"
        loadingRows={4}
        isEmpty={(connection) => connection.edges.length === 0}
        // The wizard already says what to do while it is open.
        empty={!adding && <EmptyState title="No AWS account connected yet" description="Add an account, then scan it to see its findings." />}
      >
        {(connection) => (
          <Table.ScrollContainer minWidth={880}>
            <Table aria-label="AWS accounts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Account</Table.Th>
                  <Table.Th scope="col">Authentication</Table.Th>
                  <Table.Th scope="col">Last scan</Table.Th>
                  <Table.Th scope="col">Schedule</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node: account }) => (
                  <AccountRow key={account.id} account={account} isAdmin={isAdmin} onScanChanged={refreshAccounts} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

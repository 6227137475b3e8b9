import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Skeleton, Stack, Table, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useViewerRole } from '../../auth/useViewerRole';
import { ErrorState } from '../../components/ErrorState';
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
  const { data, error, refetch } = useQuery(AccountsDocument, { variables: { first: ACCOUNTS_PAGE_SIZE } });
  const refreshAccounts = useCallback(() => void refetch(), [refetch]);
  const accounts = data?.awsAccounts.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Accounts & scans</Title>
        <Group align="flex-start">
          {data && <AddDemoAccountButton alreadyAdded={accounts.some((a) => a.demo)} onAdded={refreshAccounts} onSettled={refreshAccounts} />}
          <AddSnapshotAccountButton onSettled={refreshAccounts} />
          {!adding && <Button onClick={() => setAdding(true)}>Add account</Button>}
        </Group>
      </Group>
      {adding && <AddAccountWizard onAdded={refreshAccounts} onClose={() => setAdding(false)} />}
      {error && !data ? (
        <ErrorState title="Could not load accounts" error={error} onRetry={refreshAccounts} />
      ) : !data ? (
        <Skeleton h={160} aria-label="Loading accounts" />
      ) : accounts.length === 0 ? (
        !adding && <EmptyState title="No AWS account connected yet" description="Add an account, then scan it to see its findings." />
      ) : (
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
              {accounts.map((account) => (
                <AccountRow key={account.id} account={account} isAdmin={isAdmin} onScanChanged={refreshAccounts} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Button, EmptyState, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../components/formatDateTime';
import { ACCOUNTS_PAGE_SIZE, AccountsDocument } from './accounts';
import { AddAccountForm } from './AddAccountForm';
import { AddDemoAccountButton } from './demo/AddDemoAccountButton';
import { ScanNowButton } from './ScanNowButton';
import { ScanStatusBadge } from './ScanStatusBadge';

const AUTH_METHOD_LABEL: Readonly<Record<string, string>> = {
  ASSUME_ROLE: 'Assumed role',
  DEFAULT_CHAIN: 'Default credentials',
  SNAPSHOT: 'Snapshot file',
};

export function AccountsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  // `?add=1` opens the form, so the Overview's "Connect an AWS account" lands right on it.
  const adding = searchParams.get('add') === '1';
  const setAdding = (open: boolean) => setSearchParams(open ? { add: '1' } : {});
  const { data, error, refetch } = useQuery(AccountsDocument, { variables: { first: ACCOUNTS_PAGE_SIZE } });
  const refreshAccounts = useCallback(() => void refetch(), [refetch]);
  const accounts = data?.awsAccounts.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Accounts & scans</Title>
        <Group align="flex-start">
          {data && <AddDemoAccountButton alreadyAdded={accounts.some((a) => a.demo)} onAdded={refreshAccounts} onSettled={refreshAccounts} />}
          {!adding && <Button onClick={() => setAdding(true)}>Add account</Button>}
        </Group>
      </Group>
      {adding && <AddAccountForm onAdded={() => setAdding(false)} onCancel={() => setAdding(false)} />}
      {error && !data ? (
        <ErrorState title="Could not load accounts" error={error} onRetry={refreshAccounts} />
      ) : !data ? (
        <Skeleton h={160} aria-label="Loading accounts" />
      ) : accounts.length === 0 ? (
        !adding && (
          <EmptyState
            title="No AWS account connected yet"
            description="Add an account, then scan it to see its findings."
          />
        )
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Account</Table.Th>
                <Table.Th scope="col">Authentication</Table.Th>
                <Table.Th scope="col">Last scan</Table.Th>
                <Table.Th scope="col">Scan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((account) => (
                <Table.Tr key={account.id}>
                  <Table.Td>
                    <Text fw={600}>{account.name}</Text>
                    <Text size="xs" c="dimmed">
                      {account.awsAccountId ?? 'Account number known after the first scan'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{AUTH_METHOD_LABEL[account.authMethod] ?? account.authMethod}</Table.Td>
                  <Table.Td>
                    {account.lastScan ? (
                      <Stack gap={2}>
                        <ScanStatusBadge status={account.lastScan.status} />
                        <Text size="xs" c="dimmed">
                          {formatDateTime(account.lastScan.finishedAt ?? account.lastScan.startedAt)} ·{' '}
                          {account.lastScan.resourceCount} resources, {account.lastScan.errorCount} errors
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Never scanned
                      </Text>
                    )}
                    <Anchor
                      component={Link}
                      to={`/accounts/${encodeURIComponent(account.id)}/scans`}
                      size="xs"
                      aria-label={`Scan history of ${account.name}`}
                    >
                      Scan history
                    </Anchor>
                  </Table.Td>
                  <Table.Td w={260}>
                    <ScanNowButton accountId={account.id} accountName={account.name} onSettled={refreshAccounts} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

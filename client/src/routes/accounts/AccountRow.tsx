import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/formatDateTime';
import type { AccountsQuery } from '../../gql/graphql';
import { AccountActions } from './AccountActions';
import { ScanControls } from './ScanControls';
import { ScanStatusBadge } from './ScanStatusBadge';
import { AUTH_METHOD_LABEL } from './wizard/draft';

export type AccountNode = AccountsQuery['awsAccounts']['edges'][number]['node'];

export function AccountRow({ account, isAdmin, onScanChanged }: { account: AccountNode; isAdmin: boolean; onScanChanged: () => void }) {
  const scan = account.lastScan;
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{account.name}</Text>
        <Text size="xs" c="dimmed">
          {account.awsAccountId ?? 'Account number known after the first scan'}
        </Text>
      </Table.Td>
      <Table.Td>
        {AUTH_METHOD_LABEL[account.authMethod] ?? account.authMethod}
        {account.accessKeyIdLast4 && (
          <Text size="xs" c="dimmed">
            Key …{account.accessKeyIdLast4}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {scan ? (
          <Stack gap={2}>
            <ScanStatusBadge status={scan.status} />
            <Text size="xs" c="dimmed">
              {formatDateTime(scan.finishedAt ?? scan.startedAt)} · {scan.resourceCount} resources, {scan.errorCount} errors
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Never scanned
          </Text>
        )}
        <Anchor component={Link} to={`/accounts/${encodeURIComponent(account.id)}/scans`} size="xs" aria-label={`Scan history of ${account.name}`}>
          Scan history
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff={account.scanSchedule ? 'monospace' : undefined} c={account.scanSchedule ? undefined : 'dimmed'}>
          {account.scanSchedule ?? 'Not scheduled'}
        </Text>
      </Table.Td>
      <Table.Td w={280}>
        <Stack gap={4}>
          <ScanControls accountId={account.id} accountName={account.name} lastScan={scan} onStarted={onScanChanged} onSettled={onScanChanged} />
          {isAdmin && <AccountActions account={account} />}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

import { Badge, Checkbox, Table, Text } from '@mantine/core';
import type { DiscoverOrganizationAccountsQuery } from '../../../gql/graphql';

export type Member = DiscoverOrganizationAccountsQuery['discoverOrganizationAccounts'][number];

interface MemberAccountsTableProps {
  members: readonly Member[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** The organization's members with a checkbox each; members CSPMEXA already scans are shown but cannot be picked. */
export function MemberAccountsTable({ members, selected, onChange }: MemberAccountsTableProps) {
  const selectable = members.filter((m) => !m.connected).map((m) => m.awsAccountId);
  const allSelected = selectable.length > 0 && selectable.every((id) => selected.has(id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={640} mah={360}>
      <Table aria-label="Member accounts" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label="Select every member not yet connected"
                checked={allSelected}
                indeterminate={!allSelected && selected.size > 0}
                disabled={selectable.length === 0}
                onChange={(event) => onChange(new Set(event.currentTarget.checked ? selectable : []))}
              />
            </Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Account ID</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.awsAccountId}>
              <Table.Td>
                <Checkbox
                  aria-label={`Select ${m.name} (${m.awsAccountId})`}
                  checked={m.connected || selected.has(m.awsAccountId)}
                  disabled={m.connected}
                  onChange={(event) => toggle(m.awsAccountId, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                {m.name}
                {m.connected && (
                  <Badge ml="xs" size="xs" variant="light" color="gray">
                    Already connected
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{m.awsAccountId}</Table.Td>
              <Table.Td>{m.email ?? <Text span c="dimmed" size="sm">Not shown</Text>}</Table.Td>
              <Table.Td>{m.status}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

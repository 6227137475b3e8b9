import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FINDING_STATUS_LABEL } from '../../components/findingStatus';
import { DateTimeStack } from '../../components/DateTimeStack';
import { SeverityBadge } from '../../components/SeverityBadge';
import type { FindingsTable_FindingFragment } from '../../gql/graphql';
import { resourceLabel } from './resourceLabel';

interface FindingsTableProps {
  findings: readonly FindingsTable_FindingFragment[];
  /** With a selection, each row gets a checkbox (bulk actions); without, the table is read-only. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** One row per finding; the title links to its details and remediation. */
export function FindingsTable({ findings, selection }: FindingsTableProps) {
  const allSelected = findings.length > 0 && findings.every((finding) => selection?.selected.has(finding.id));
  const someSelected = findings.some((finding) => selection?.selected.has(finding.id));
  const setRow = (id: string, checked: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (checked) next.add(id);
    else next.delete(id);
    selection.onChange(next);
  };

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label="Select all findings shown"
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(event) =>
                    selection.onChange(new Set(event.currentTarget.checked ? findings.map((finding) => finding.id) : []))
                  }
                />
              </Table.Th>
            )}
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col" w="32%">
              Finding
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col" w="24%">
              Resource
            </Table.Th>
            <Table.Th scope="col">Account / region</Table.Th>
            <Table.Th scope="col">Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((finding) => (
            <Table.Tr key={finding.id}>
              {selection && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${finding.shortId} on ${finding.resourceArn}`}
                    checked={selection.selected.has(finding.id)}
                    onChange={(event) => setRow(finding.id, event.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td miw={100}>
                <SeverityBadge severity={finding.severity} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/findings/${encodeURIComponent(finding.id)}`}>
                  {finding.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {finding.shortId} · {finding.checkId}
                </Text>
              </Table.Td>
              <Table.Td>{FINDING_STATUS_LABEL[finding.status]}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {resourceLabel(finding.resourceArn)}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {finding.resourceArn}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{finding.accountId}</Text>
                <Text size="xs" c="dimmed">
                  {finding.region}
                </Text>
              </Table.Td>
              <Table.Td>
                <DateTimeStack iso={finding.lastSeenAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

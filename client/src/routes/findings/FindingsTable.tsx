import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { FINDING_STATUS_LABEL } from '../../components/findingStatus';
import { SeverityBadge } from '../../components/SeverityBadge';
import type { FindingsTable_FindingFragment } from '../../gql/graphql';
import { formatDateTime } from '../../components/formatDateTime';

/** One row per finding; the title links to its details and remediation. */
export function FindingsTable({ findings }: { findings: readonly FindingsTable_FindingFragment[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Severity</Table.Th>
            <Table.Th scope="col">Finding</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Resource</Table.Th>
            <Table.Th scope="col">Account / region</Table.Th>
            <Table.Th scope="col">Last seen</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((finding) => (
            <Table.Tr key={finding.id}>
              <Table.Td>
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
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {finding.resourceArn}
                </Text>
              </Table.Td>
              <Table.Td>
                {finding.accountId} / {finding.region}
              </Table.Td>
              <Table.Td>{formatDateTime(finding.lastSeenAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

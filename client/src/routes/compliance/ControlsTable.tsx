import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ACTIVE_FINDING_STATUSES } from '../../components/findingStatus';
import type { ComplianceFramework } from '../../gql/graphql';
import { findingsUrl } from '../findings/findingFilters';
import { CONTROL_STATUS_STYLE, type ControlPosture } from './controlStatus';

interface ControlsTableProps {
  framework: ComplianceFramework;
  /** The 12-digit account id, so the drill-down lands on the Findings page's account facet. */
  awsAccountId: string | null;
  controls: readonly ControlPosture[];
}

/** One section's controls; a failing control links to its open findings (the drill-down). */
export function ControlsTable({ framework, awsAccountId, controls }: ControlsTableProps) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={80}>
              Control
            </Table.Th>
            <Table.Th scope="col">Title</Table.Th>
            <Table.Th scope="col" w={130}>
              Status
            </Table.Th>
            <Table.Th scope="col" w={220}>
              Results
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {controls.map((control) => {
            const style = CONTROL_STATUS_STYLE[control.status];
            return (
              <Table.Tr key={control.controlId}>
                <Table.Td>{control.controlId}</Table.Td>
                <Table.Td>
                  {control.title}
                  {control.assessment === 'MANUAL' && (
                    <Text size="xs" c="dimmed">
                      Assessed by hand
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={style.color} autoContrast variant="filled" radius="sm">
                    {style.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {control.status === 'FAIL' ? (
                    <Anchor
                      component={Link}
                      to={findingsUrl({
                        control: { framework, controlId: control.controlId },
                        account: awsAccountId ? [awsAccountId] : [],
                        status: [...ACTIVE_FINDING_STATUSES],
                      })}
                      aria-label={`${control.failed} failing findings for control ${control.controlId}`}
                    >
                      {control.failed} failing
                    </Anchor>
                  ) : (
                    <Text size="sm">{control.passed + control.failed + control.muted + control.unknown > 0 ? `${control.passed} passed` : '—'}</Text>
                  )}
                  {(control.muted > 0 || control.unknown > 0) && (
                    <Text size="xs" c="dimmed">
                      {control.muted} muted · {control.unknown} unknown
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/formatDateTime';
import type { MuteRulesTable_RuleFragment } from '../../gql/graphql';
import { ConfirmedActionButton } from '../admin/ConfirmedActionButton';
import { findingsUrl } from '../findings/findingFilters';
import { DeleteMuteRuleDocument, QUERIES_CHANGED_BY_MUTE } from '../findings/mute';
import { MuteRuleScope } from './MuteRuleScope';
import type { RuleNames } from './ruleNames';

interface MuteRulesTableProps {
  rules: readonly MuteRulesTable_RuleFragment[];
  names: RuleNames;
  /** Deleting un-mutes findings: ADMIN only (the server refuses others anyway). */
  canDelete: boolean;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One row per rule: scope, reason, what it mutes now (a link to those findings), expiry, who and when. */
export function MuteRulesTable({ rules, names, canDelete }: MuteRulesTableProps) {
  const [deleteRule] = useMutation(DeleteMuteRuleDocument, { refetchQueries: QUERIES_CHANGED_BY_MUTE, awaitRefetchQueries: true });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label="Mute rules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Scope</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col" w={110}>
              Mutes now
            </Table.Th>
            <Table.Th scope="col" w={170}>
              Expires
            </Table.Th>
            <Table.Th scope="col" w={200}>
              Created
            </Table.Th>
            {canDelete && (
              <Table.Th scope="col" w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.id}>
              <Table.Td>
                <MuteRuleScope rule={rule} names={names} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{rule.reason}</Table.Td>
              <Table.Td>
                {rule.mutedFindingCount > 0 ? (
                  <Anchor component={Link} to={findingsUrl({ muteRule: rule.id, status: ['MUTED'] })}>
                    {plural(rule.mutedFindingCount, 'finding')}
                  </Anchor>
                ) : (
                  <Text size="sm">0 findings</Text>
                )}
              </Table.Td>
              <Table.Td>
                {rule.expired && (
                  <Badge color="gray" variant="filled" radius="sm">
                    Expired
                  </Badge>
                )}
                <Text size="sm">{rule.expiresAt ? formatDateTime(rule.expiresAt) : 'Never'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  {rule.createdByEmail}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(rule.createdAt)}
                </Text>
              </Table.Td>
              {canDelete && (
                <Table.Td>
                  <ConfirmedActionButton
                    label="Delete"
                    ariaLabel={`Delete the mute rule “${rule.reason}”`}
                    title="Delete this mute rule?"
                    confirmLabel="Delete mute rule"
                    failure="Could not delete the mute rule. Try again."
                    run={() => deleteRule({ variables: { id: rule.id } })}
                  >
                    {rule.mutedFindingCount > 0
                      ? `The ${plural(rule.mutedFindingCount, 'finding')} it mutes come back at once, unless another rule covers them, and can raise alerts again.`
                      : 'It mutes no finding now; later scans will no longer be muted by it.'}{' '}
                    The deletion is recorded in each finding's history.
                  </ConfirmedActionButton>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

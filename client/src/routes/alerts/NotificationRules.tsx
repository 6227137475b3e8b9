import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useViewerRole } from '../../auth/useViewerRole';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../components/formatDateTime';
import { ListSkeleton } from '../../components/ListSkeleton';
import { SeverityBadge } from '../../components/SeverityBadge';
import { NotificationRulesDocument, RULES_PAGE_SIZE } from './alerts';
import { DeleteRuleButton } from './DeleteRuleButton';
import { NotificationRuleForm } from './NotificationRuleForm';

/** The organisation's rules. Creating and deleting are ADMIN-only: hidden for analysts, refused by the server. */
export function NotificationRules() {
  const isAdmin = useViewerRole() === 'ADMIN';
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(NotificationRulesDocument, { variables: { first: RULES_PAGE_SIZE } });
  const rules = data?.notificationRules.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack component="section" aria-labelledby="rules-title">
      <Group justify="space-between">
        <Title order={2} size="h3" id="rules-title">
          Notification rules
        </Title>
        {isAdmin && !creating && <Button onClick={() => setCreating(true)}>New rule</Button>}
      </Group>
      {!isAdmin && (
        <Text size="sm" c="dimmed">
          Only administrators can create or delete rules.
        </Text>
      )}
      {isAdmin && creating && (
        <NotificationRuleForm onCreated={() => setCreating(false)} onCancel={() => setCreating(false)} />
      )}
      {error && !data ? (
        <ErrorState title="Could not load the notification rules" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <ListSkeleton label="Loading notification rules" rows={3} />
      ) : rules.length === 0 ? (
        !creating && (
          <EmptyState
            title="No notification rules yet"
            description={
              isAdmin
                ? 'Create a rule to email new findings at or above a severity.'
                : 'Ask an administrator to create a rule to receive alert emails.'
            }
          />
        )
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-labelledby="rules-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rule</Table.Th>
                <Table.Th scope="col">Minimum severity</Table.Th>
                <Table.Th scope="col">Recipients</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                {isAdmin && <Table.Th scope="col"><VisuallyHidden>Actions</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((rule) => (
                <Table.Tr key={rule.id}>
                  <Table.Td fw={600}>{rule.name}</Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={rule.minSeverity} />
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{rule.recipients.join(', ')}</Table.Td>
                  <Table.Td>{rule.enabled ? 'Sending' : 'Paused'}</Table.Td>
                  <Table.Td>{formatDateTime(rule.createdAt)}</Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      <DeleteRuleButton rule={rule} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

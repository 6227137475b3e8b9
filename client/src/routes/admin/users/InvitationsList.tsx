import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Table } from '@mantine/core';
import { ErrorState } from '../../../components/ErrorState';
import { formatDateTime } from '../../../components/formatDateTime';
import { ListSkeleton } from '../../../components/ListSkeleton';
import { ROLE_LABELS } from './roleLabels';
import { InvitationsDocument } from './users';

/** Invitations, newest first: pending until the invited person first signs in. */
export function InvitationsList() {
  const { data, error, refetch } = useQuery(InvitationsDocument);
  if (error && !data) return <ErrorState title="Could not load the invitations" error={error} onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton label="Loading invitations" rows={2} />;
  if (data.invitations.length === 0) {
    return <EmptyState title="No invitations" description="Invite a colleague by email; they sign in with Google." />;
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Invited</Table.Th>
            <Table.Th scope="col">State</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Td>{invitation.email}</Table.Td>
              <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
              <Table.Td>{formatDateTime(invitation.createdAt)}</Table.Td>
              <Table.Td>
                {invitation.acceptedAt ? (
                  <Badge color="green" variant="light">Accepted {formatDateTime(invitation.acceptedAt)}</Badge>
                ) : (
                  <Badge color="yellow" variant="light">Pending</Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

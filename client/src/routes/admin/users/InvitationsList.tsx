import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Table } from '@mantine/core';
import { formatDateTime } from '../../../components/formatDateTime';
import { QueryState } from '../../../components/QueryState';
import { ROLE_LABELS } from './roleLabels';
import { InvitationsDocument } from './users';

/** Invitations, newest first: pending until the invited person first signs in. */
export function InvitationsList() {
  const query = useQuery(InvitationsDocument);
  return (
    <QueryState
      value={query.data}
      query={query}
      errorTitle="Could not load the invitations"
      loadingLabel="Loading invitations"
      loadingRows={2}
      isEmpty={(data) => data.invitations.length === 0}
      empty={<EmptyState title="No invitations" description="Invite a colleague by email; they sign in with Google." />}
    >
      {(data) => (
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
      )}
    </QueryState>
  );
}

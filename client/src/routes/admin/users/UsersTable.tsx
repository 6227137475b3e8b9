import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ConnectionLoadMore } from '../../../components/ConnectionLoadMore';
import { formatDateTime } from '../../../components/formatDateTime';
import { QueryState } from '../../../components/QueryState';
import { appendPage } from '../appendPage';
import { RoleSelect } from './RoleSelect';
import { UserActions } from './UserActions';
import { AdminUsersDocument, USERS_PAGE_SIZE } from './users';

/** Everyone in the organisation with their role, state and second factor, oldest first. */
export function UsersTable() {
  const query = useQuery(AdminUsersDocument, {
    variables: { first: USERS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <QueryState value={query.data?.users} query={query} errorTitle="Could not load the users" loadingLabel="Loading users" loadingRows={4}>
      {(users) => (
        <Stack>
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label="Users">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">User</Table.Th>
                  <Table.Th scope="col">Role</Table.Th>
                  <Table.Th scope="col">State</Table.Th>
                  <Table.Th scope="col">MFA</Table.Th>
                  <Table.Th scope="col">Since</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.edges.map(({ node: user }) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {user.email}
                      </Text>
                      {user.displayName !== user.email && (
                        <Text size="xs" c="dimmed">
                          {user.displayName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RoleSelect user={user} />
                    </Table.Td>
                    <Table.Td>
                      <Badge color={user.disabled ? 'gray' : 'green'} variant="light">
                        {user.disabled ? 'Disabled' : 'Active'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{user.mfaEnrolled ? 'On' : 'Off'}</Table.Td>
                    <Table.Td>{formatDateTime(user.createdAt)}</Table.Td>
                    <Table.Td>
                      <UserActions user={user} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ConnectionLoadMore
            query={query}
            connection={users}
            updateQuery={(shown, { fetchMoreResult }) => ({ users: appendPage(shown.users, fetchMoreResult.users) })}
          />
        </Stack>
      )}
    </QueryState>
  );
}

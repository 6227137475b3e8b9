import { Stack, Title } from '@mantine/core';
import { InvitationsList } from './InvitationsList';
import { InviteUserForm } from './InviteUserForm';
import { UsersTable } from './UsersTable';

/** Admin > Users & roles: who is in the organisation, what they may do, and who is invited. */
export function UsersPage() {
  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="users-title">
        <Title order={2} size="h3" id="users-title">
          Users & roles
        </Title>
        <UsersTable />
      </Stack>
      <Stack component="section" aria-labelledby="invitations-title">
        <Title order={2} size="h3" id="invitations-title">
          Invitations
        </Title>
        <InviteUserForm />
        <InvitationsList />
      </Stack>
    </Stack>
  );
}

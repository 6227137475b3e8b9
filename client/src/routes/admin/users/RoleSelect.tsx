import { useMutation } from '@apollo/client/react';
import { Alert, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { Role } from '../../../gql/graphql';
import { ROLE_LABELS, ROLES } from './roleLabels';
import { AssignRoleDocument } from './users';

/**
 * Changing a role takes effect on the user's next request, so it asks first. The server refuses to demote the
 * last admin (CONFLICT); its reason is shown as is, and the select goes back to the role the user still has.
 */
export function RoleSelect({ user }: { user: { id: string; email: string; role: Role } }) {
  const [assignRole, { loading }] = useMutation(AssignRoleDocument);
  const [pending, setPending] = useState<Role | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onConfirm(role: Role) {
    setProblem(null);
    try {
      await assignRole({ variables: { userId: user.id, role } });
    } catch (error) {
      setProblem(userMessage(error, 'Could not change the role. Try again.'));
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap={4}>
      <NativeSelect
        aria-label={`Role of ${user.email}`}
        value={user.role}
        data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        onChange={(event) => setPending(event.currentTarget.value as Role)}
        size="xs"
        w={120}
      />
      {problem && (
        <Alert color="red" role="alert" title="Role not changed" p="xs">
          {problem}
        </Alert>
      )}
      <ConfirmDialog
        opened={pending !== null}
        title="Change role?"
        confirmLabel="Change role"
        loading={loading}
        onConfirm={() => pending && void onConfirm(pending)}
        onCancel={() => setPending(null)}
      >
        {user.email} becomes {pending ? ROLE_LABELS[pending] : ''}. The change applies to their next request.
      </ConfirmDialog>
    </Stack>
  );
}

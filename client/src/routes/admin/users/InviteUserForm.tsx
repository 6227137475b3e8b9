import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import type { Role } from '../../../gql/graphql';
import { ROLE_LABELS, ROLES } from './roleLabels';
import { InviteUserDocument } from './users';

/** Invites a person by email with a role; their first Google sign-in links to the invitation. */
export function InviteUserForm() {
  const [invite, { loading }] = useMutation(InviteUserDocument, {
    refetchQueries: ['Invitations', 'AdminUsers'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [invited, setInvited] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    setProblem(null);
    setInvited(null);
    try {
      const email = String(fields.get('email') ?? '').trim();
      await invite({ variables: { email, role: String(fields.get('role')) as Role } });
      setInvited(email);
      form.reset();
    } catch (error) {
      setProblem(userMessage(error, 'Could not invite that person. Try again.'));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite a user">
      <Stack gap="xs">
        {problem && (
          <Alert color="red" role="alert" title="Not invited">
            {problem}
          </Alert>
        )}
        {invited && (
          <Alert color="green" role="status" title="Invitation sent">
            {invited} can now sign in with Google.
          </Alert>
        )}
        <Group align="flex-end">
          <TextInput label="Email to invite" name="email" type="email" required w={280} />
          <NativeSelect
            label="Role"
            name="role"
            defaultValue="ANALYST"
            data={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          />
          <Button type="submit" loading={loading}>
            Invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

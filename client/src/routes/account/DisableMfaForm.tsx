import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { DisableMfaDocument } from './mfa';

/** Turning MFA off asks for the password again, so a session left open on a shared screen cannot do it. */
export function DisableMfaForm({ userId }: { userId: string }) {
  const client = useApolloClient();
  const [disable, { loading }] = useMutation(DisableMfaDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      await disable({ variables: { password: String(new FormData(event.currentTarget).get('password') ?? '') } });
      client.cache.modify({
        id: client.cache.identify({ __typename: 'User', id: userId }),
        fields: { mfaEnrolled: () => false },
      });
    } catch (error) {
      setProblem(
        userMessage(error, 'Could not turn MFA off. Check your password, then try again.'),
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={380}>
        {problem && (
          <Alert color="red" role="alert" title="MFA is still on">
            {problem}
          </Alert>
        )}
        <TextInput label="Current password" name="password" type="password" autoComplete="current-password" required />
        <Group>
          <Button type="submit" color="red" variant="light" loading={loading}>
            Turn off MFA
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeReturnTo } from '../../auth/returnTo';
import { useSession } from '../../auth/SessionContext';
import { SignInDocument } from './signIn';
import { signInErrorMessage } from './signInErrorMessage';

export function LoginPage() {
  const { tokens } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      const { data } = await signIn({
        variables: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
      });
      const payload = data?.login;
      if (!payload) throw new Error('empty sign-in response');
      const { accessToken, refreshToken, expiresAt } = payload;
      if (payload.mfaRequired || !accessToken || !refreshToken || !expiresAt) {
        // Tokens are withheld until MFA is completed, a step this build does not have yet.
        setProblem('This account requires multi-factor verification, which this dashboard does not support yet.');
        return;
      }
      tokens.save({ accessToken, refreshToken, expiresAt });
      await navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true });
    } catch (error) {
      setProblem(signInErrorMessage(error));
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              Sign in to CSPMEXA
            </Title>
            {problem && (
              <Alert color="red" role="alert" title="Could not sign in">
                {problem}
              </Alert>
            )}
            <TextInput label="Email" name="email" type="email" autoComplete="username" required autoFocus />
            {/* A plain password field, not Mantine's PasswordInput: its "Toggle password visibility" button would
                also match the label "Password" and break the stable accessible names tests rely on. */}
            <TextInput label="Password" name="password" type="password" autoComplete="current-password" required />
            <Button type="submit" loading={loading} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

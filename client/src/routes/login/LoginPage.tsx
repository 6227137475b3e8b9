import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { SessionTokens } from '../../apollo/tokenStore';
import { safeReturnTo } from '../../auth/returnTo';
import { useSession } from '../../auth/SessionContext';
import { MfaChallengeForm } from './MfaChallengeForm';
import { sessionFromPayload } from './sessionFromPayload';
import { SignInDocument } from './signIn';
import { signInErrorMessage } from './signInErrorMessage';

/**
 * Password sign-in, then (for users with a second factor) the MFA step. Tokens are only saved once the server
 * issues a session, so an MFA-pending sign-in leaves nothing in the tab but the short-lived MFA token in memory.
 */
export function LoginPage() {
  const { tokens } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [mfaToken, setMfaToken] = useState<string | null>(null);

  async function startSession(session: SessionTokens) {
    tokens.save(session);
    await navigate(safeReturnTo(searchParams.get('returnTo')), { replace: true });
  }

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
      if (payload.mfaRequired) {
        if (!payload.mfaToken) throw new Error('MFA required without an MFA token');
        setMfaToken(payload.mfaToken);
        return;
      }
      const session = sessionFromPayload(payload);
      if (!session) throw new Error('sign-in answered without a session');
      await startSession(session);
    } catch (error) {
      setProblem(signInErrorMessage(error));
    }
  }

  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder shadow="sm" p="xl" w={380}>
        {mfaToken ? (
          <MfaChallengeForm
            mfaToken={mfaToken}
            onVerified={(session) => void startSession(session)}
            onStartOver={() => setMfaToken(null)}
          />
        ) : (
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
        )}
      </Paper>
    </Center>
  );
}

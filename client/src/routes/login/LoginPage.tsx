import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Divider, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { SessionTokens } from '../../apollo/tokenStore';
import { safeReturnTo } from '../../auth/returnTo';
import { useSession } from '../../auth/SessionContext';
import { AuthProvidersDocument, googleStartUrl } from './googleSignIn';
import { MfaChallengeForm } from './MfaChallengeForm';
import { sessionFromPayload } from './sessionFromPayload';
import { SignInDocument } from './signIn';
import { signInErrorMessage } from './signInErrorMessage';
import { useGoogleReturn } from './useGoogleReturn';

/**
 * Sign-in with Google (when the installation offers it) or a password, then (for users with a second factor) the
 * MFA step. Tokens are only saved once the server issues a session, so an MFA-pending sign-in leaves nothing in
 * the tab but the short-lived MFA token in memory.
 */
export function LoginPage() {
  const { tokens } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const { data: providers } = useQuery(AuthProvidersDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState(() => safeReturnTo(searchParams.get('returnTo')));

  async function startSession(session: SessionTokens, to = returnTo) {
    tokens.save(session);
    await navigate(to, { replace: true });
  }

  const exchanging = useGoogleReturn({
    onSession: (session, to) => void startSession(session, to),
    onMfaRequired: (token, to) => {
      setReturnTo(to);
      setMfaToken(token);
    },
    onProblem: setProblem,
  });

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

  if (exchanging) {
    return (
      <Center mih="100vh" p="md">
        <Stack align="center">
          <Loader />
          <Text>Finishing Google sign-in…</Text>
        </Stack>
      </Center>
    );
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
              {providers?.authProviders.google && (
                <>
                  {/* A full page load: the gateway answers with the redirect to Google and sets the transaction cookie. */}
                  <Button component="a" href={googleStartUrl(returnTo)} variant="default" fullWidth>
                    Sign in with Google
                  </Button>
                  <Divider label="or with a password" labelPosition="center" />
                </>
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

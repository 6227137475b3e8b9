import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SessionTokens } from '../../apollo/tokenStore';
import { mfaErrorMessage } from './mfaErrorMessage';
import { sessionFromPayload } from './sessionFromPayload';
import { VerifyMfaDocument } from './signIn';

interface MfaChallengeFormProps {
  /** The short-lived token from `login`; only `verifyMfa` accepts it. */
  mfaToken: string;
  onVerified: (session: SessionTokens) => void;
  /** Back to email and password, e.g. once the 5-minute MFA token has expired. */
  onStartOver: () => void;
}

/** Second step of sign-in: a code from the authenticator app, or one of the recovery codes for a lost device. */
export function MfaChallengeForm({ mfaToken, onVerified, onStartOver }: MfaChallengeFormProps) {
  const [verify, { loading }] = useMutation(VerifyMfaDocument);
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entered = String(new FormData(event.currentTarget).get('secret') ?? '').trim();
    setProblem(null);
    try {
      const { data } = await verify({
        variables: useRecoveryCode ? { mfaToken, recoveryCode: entered } : { mfaToken, code: entered.replace(/\s/g, '') },
      });
      const session = data ? sessionFromPayload(data.verifyMfa) : null;
      if (!session) throw new Error('verification answered without a session');
      onVerified(session);
    } catch (error) {
      setProblem(mfaErrorMessage(error, useRecoveryCode));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1} size="h2">
          Two-step verification
        </Title>
        <Text size="sm">
          {useRecoveryCode
            ? 'Enter one of the recovery codes you saved when you set up MFA. Each code works once.'
            : 'Enter the 6-digit code shown by your authenticator app.'}
        </Text>
        {problem && (
          <Alert color="red" role="alert" title="Could not verify">
            {problem}
          </Alert>
        )}
        {useRecoveryCode ? (
          <TextInput key="recovery" label="Recovery code" name="secret" autoComplete="off" required autoFocus />
        ) : (
          <TextInput
            key="code"
            label="Authentication code"
            name="secret"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            autoFocus
          />
        )}
        <Button type="submit" loading={loading} fullWidth>
          Verify
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => { setProblem(null); setUseRecoveryCode(!useRecoveryCode); }}>
          {useRecoveryCode ? 'Use a code from the authenticator app' : 'Use a recovery code instead'}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onStartOver}>
          Start over
        </Anchor>
      </Stack>
    </form>
  );
}

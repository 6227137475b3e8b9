import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { useSession } from '../../auth/SessionContext';
import { ConfirmMfaDocument } from './mfa';
import { RecoveryCodes } from './RecoveryCodes';

interface EnrolmentStepsProps {
  userId: string;
  enrolment: { otpauthUri: string; qrCodeDataUrl: string };
  onFinished: () => void;
}

function confirmErrorMessage(error: unknown): string {
  return userMessage(error, 'That code did not work. Check the time on your phone, then enter the current code.');
}

/** Scan (or type) the seed, prove it works with a first code, then keep the recovery codes. */
export function EnrolmentSteps({ userId, enrolment, onFinished }: EnrolmentStepsProps) {
  const client = useApolloClient();
  const { tokens } = useSession();
  const [confirm, { loading }] = useMutation(ConfirmMfaDocument);
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    setProblem(null);
    try {
      const { data } = await confirm({ variables: { code } });
      if (!data) throw new Error('empty confirmation');
      // The first code proved the factor: the new session passes MFA, so an admin can act at once (M5).
      const { accessToken, refreshToken, expiresAt } = data.confirmMfa.session;
      if (accessToken && refreshToken && expiresAt) tokens.save({ accessToken, refreshToken, expiresAt });
      // The factor is live now: the banner and the settings page must stop asking to enrol.
      client.cache.modify({
        id: client.cache.identify({ __typename: 'User', id: userId }),
        fields: { mfaEnrolled: () => true, mfaRequiredToEnrol: () => false },
      });
      setRecoveryCodes(data.confirmMfa.recoveryCodes);
    } catch (error) {
      setProblem(confirmErrorMessage(error));
    }
  }

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} onDone={onFinished} />;

  return (
    <Stack component="section" aria-labelledby="enrol-title" maw={520}>
      <Title order={2} size="h3" id="enrol-title">
        Scan the QR code
      </Title>
      <Text size="sm">
        Open an authenticator app (such as 1Password, Google Authenticator or Authy) and scan this code.
      </Text>
      <Image src={enrolment.qrCodeDataUrl} alt="QR code for your authenticator app" w={200} h={200} />
      <Text size="sm">Cannot scan it? Enter this link in the app instead:</Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ wordBreak: 'break-all', flex: 1 }} aria-label="Setup link for manual entry">
          {enrolment.otpauthUri}
        </Code>
        <CopyButton value={enrolment.otpauthUri}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" role="alert" title="Could not confirm">
              {problem}
            </Alert>
          )}
          <TextInput
            label="Code from the app"
            description="The 6-digit code the app shows now"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
          />
          <Group>
            <Button type="submit" loading={loading}>
              Confirm and turn on MFA
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

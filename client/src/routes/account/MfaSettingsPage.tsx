import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { MfaStatusDocument } from '../../auth/mfaStatus';
import { ErrorState } from '../../components/ErrorState';
import { ListSkeleton } from '../../components/ListSkeleton';
import { DisableMfaForm } from './DisableMfaForm';
import { EnrolmentSteps } from './EnrolmentSteps';
import { EnrolMfaDocument } from './mfa';

type Enrolment = { otpauthUri: string; qrCodeDataUrl: string };

/** The signed-in user's second factor: set it up (QR code, first code, recovery codes) or turn it off. */
export function MfaSettingsPage() {
  const { data, error, refetch } = useQuery(MfaStatusDocument);
  const [enrol, { loading: starting }] = useMutation(EnrolMfaDocument);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const viewer = data?.me;

  async function onStart() {
    setProblem(null);
    try {
      const { data: started } = await enrol();
      if (!started) throw new Error('empty enrolment');
      setEnrolment(started.enrolMfa);
    } catch (startError) {
      setProblem(userMessage(startError, 'Could not start the set-up. Try again.'));
    }
  }

  return (
    <Stack>
      <Title order={1}>Multi-factor authentication</Title>
      {error && !data ? (
        <ErrorState title="Could not load your MFA settings" error={error} onRetry={() => void refetch()} />
      ) : !viewer ? (
        <ListSkeleton label="Loading your MFA settings" rows={2} />
      ) : enrolment ? (
        <EnrolmentSteps userId={viewer.id} enrolment={enrolment} onFinished={() => setEnrolment(null)} />
      ) : viewer.mfaEnrolled ? (
        <Stack>
          <Alert color="green" title="MFA is on" role="status">
            Signing in asks for a code from your authenticator app, or one of your recovery codes.
          </Alert>
          {viewer.role === 'ADMIN' ? (
            <Text size="sm" c="dimmed">
              Administrators must keep MFA on. If you lost your device, another administrator can reset it.
            </Text>
          ) : (
            <DisableMfaForm userId={viewer.id} />
          )}
        </Stack>
      ) : (
        <Stack maw={560}>
          {viewer.mfaRequiredToEnrol && (
            <Alert color="yellow" title="Required for administrators" role="status">
              Administrators must use a second factor. Until you set it up, administrator actions (users and roles,
              cloud accounts, notification rules, the audit log) are locked; browsing and triage work as usual.
            </Alert>
          )}
          <Text size="sm">
            A second factor protects your account even if your password leaks: signing in also asks for a code from
            an authenticator app on your phone.
          </Text>
          {problem && (
            <Alert color="red" role="alert" title="Could not start">
              {problem}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void onStart()} loading={starting}>
              Set up MFA
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

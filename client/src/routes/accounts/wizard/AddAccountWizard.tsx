import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import type { TestAwsConnectionMutation } from '../../../gql/graphql';
import { AddAwsAccountDocument, TestAwsConnectionDocument } from '../accounts';
import { ScanControls } from '../ScanControls';
import { AccountStep } from './AccountStep';
import { ConnectionTestResult } from './ConnectionTestResult';
import { CredentialsStep } from './CredentialsStep';
import { connectionInput, credentialProblems, emptyDraft, type AccountDraft } from './draft';

type ConnectionTest = TestAwsConnectionMutation['testAwsConnection'];
/** Adding an account that cannot be reached at all would only give failed scans. */
const ADDABLE = new Set(['CONNECTED', 'MISSING_PERMISSIONS']);

/**
 * Add account -> choose the method -> what to create in AWS (ExternalId, trust policy, CloudFormation, Terraform)
 * and the role ARN or keys -> Test connection -> add it -> Scan now with the live progress bar.
 */
export function AddAccountWizard({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<AccountDraft>(emptyDraft);
  const [nameError, setNameError] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [testConnection, { loading: testing }] = useMutation(TestAwsConnectionDocument);
  const [addAccount, { loading: adding }] = useMutation(AddAwsAccountDocument, { refetchQueries: ['Accounts', 'Overview'] });
  const problems = credentialProblems(draft);

  const change = (patch: Partial<AccountDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // Any change to the connection details makes an earlier test result stale.
    setTest(null);
  };

  function next() {
    setProblem(null);
    if (step === 0) {
      if (!draft.name.trim()) return setNameError('Give the account a name.');
      setNameError(null);
    }
    if (step === 1 && Object.keys(problems).length > 0) return setShowProblems(true);
    setStep((s) => s + 1);
  }

  async function onTest() {
    setProblem(null);
    try {
      const { data } = await testConnection({ variables: { input: connectionInput(draft) } });
      if (data) setTest(data.testAwsConnection);
    } catch (error) {
      setProblem(userMessage(error, 'Could not test the connection. Try again.'));
    }
  }

  async function onAdd() {
    setProblem(null);
    try {
      const { data } = await addAccount({ variables: { input: { name: draft.name.trim(), ...connectionInput(draft) } } });
      if (!data) return;
      setAdded({ id: data.addAwsAccount.id, name: data.addAwsAccount.name });
      // The secret is on the server now (encrypted); the page forgets it.
      setDraft((d) => ({ ...d, secretAccessKey: '' }));
      setStep(3);
      onAdded();
    } catch (error) {
      setProblem(userMessage(error, 'Could not add the account. Try again.'));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-account-title">
      <Stack>
        <Title order={2} size="h4" id="add-account-title">
          Add an AWS account
        </Title>
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={added ? undefined : setStep}>
          <Stepper.Step label="Account">
            <AccountStep draft={draft} nameError={nameError} onChange={change} />
          </Stepper.Step>
          <Stepper.Step label="Connect">
            <CredentialsStep draft={draft} problems={showProblems ? problems : {}} onChange={change} />
          </Stepper.Step>
          <Stepper.Step label="Test">
            <Stack>
              <Text size="sm">CSPMEXA signs in with these details and tries one read per AWS API it needs.</Text>
              <Group>
                <Button onClick={() => void onTest()} loading={testing} variant={test ? 'default' : 'filled'}>
                  Test connection
                </Button>
              </Group>
              {test && <ConnectionTestResult result={test} />}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Scan">
            {added && (
              <Stack>
                <Text size="sm">
                  <strong>{added.name}</strong> is connected. Scan it now to see its findings.
                </Text>
                <ScanControls accountId={added.id} accountName={added.name} onStarted={onAdded} onSettled={onAdded} />
              </Stack>
            )}
          </Stepper.Step>
        </Stepper>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={onClose}>
            {added ? 'Done' : 'Cancel'}
          </Button>
          {!added && (
            <Group>
              {step > 0 && (
                <Button variant="default" onClick={() => setStep((s) => s - 1)}>
                  Back
                </Button>
              )}
              {step < 2 && <Button onClick={next}>Next</Button>}
              {step === 2 && (
                <Button onClick={() => void onAdd()} loading={adding} disabled={!test || !ADDABLE.has(test.status)}>
                  Add account
                </Button>
              )}
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

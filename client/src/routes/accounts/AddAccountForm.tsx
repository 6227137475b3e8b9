import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import type { AwsAuthMethod } from '../../gql/graphql';
import { AddAwsAccountDocument } from './accounts';
import { OnboardingInstructions } from './OnboardingInstructions';

const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/;

/** Connects an AWS account. The server validates again; this only saves a round trip on obvious typos. */
export function AddAccountForm({ onAdded, onCancel }: { onAdded: () => void; onCancel: () => void }) {
  const [addAccount, { loading }] = useMutation(AddAwsAccountDocument, {
    refetchQueries: ['Accounts', 'Overview'],
  });
  const [authMethod, setAuthMethod] = useState<AwsAuthMethod>('ASSUME_ROLE');
  const [problem, setProblem] = useState<string | null>(null);
  const [roleArnError, setRoleArnError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const roleArn = String(form.get('roleArn') ?? '').trim();
    setProblem(null);
    if (authMethod === 'ASSUME_ROLE' && !ROLE_ARN_PATTERN.test(roleArn)) {
      setRoleArnError('Enter a role ARN like arn:aws:iam::123456789012:role/CspmexaAudit');
      return;
    }
    setRoleArnError(null);
    try {
      await addAccount({
        variables: { input: { name, authMethod, ...(authMethod === 'ASSUME_ROLE' && { roleArn }) } },
      });
      onAdded();
    } catch (error) {
      setProblem(userMessage(error, 'Could not add the account. Try again.'));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-account-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="add-account-title">
            Add an AWS account
          </Title>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput label="Name" name="name" required placeholder="Production" autoFocus />
          <Radio.Group
            label="Authentication"
            value={authMethod}
            onChange={(value) => setAuthMethod(value === 'DEFAULT_CHAIN' ? 'DEFAULT_CHAIN' : 'ASSUME_ROLE')}
          >
            <Group mt="xs">
              <Radio value="ASSUME_ROLE" label="Assume a role (recommended)" />
              <Radio value="DEFAULT_CHAIN" label="Server's default credentials" />
            </Group>
          </Radio.Group>
          {authMethod === 'ASSUME_ROLE' && (
            <>
              <OnboardingInstructions />
              <TextInput
                label="Role ARN"
                name="roleArn"
                required
                placeholder="arn:aws:iam::123456789012:role/CspmexaAudit"
                error={roleArnError}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Add account
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

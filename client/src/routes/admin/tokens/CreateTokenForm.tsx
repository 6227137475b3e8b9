import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../../apollo/userMessage';
import { CreateApiTokenDocument } from './apiTokens';
import { CreatedTokenNotice } from './CreatedTokenNotice';
import { EXPIRY_CHOICES, expiresAtAfter, scopesFor } from './tokenExpiry';

/** Name, access and lifetime of a new token; the clock is passed in so the expiry is testable. */
export function CreateTokenForm({ now = () => new Date() }: { now?: () => Date }) {
  const [create, { loading }] = useMutation(CreateApiTokenDocument, {
    refetchQueries: ['ApiTokens'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    setProblem(null);
    setCreated(null);
    const name = String(fields.get('name') ?? '').trim();
    if (!name) {
      setProblem('Give the token a name that says what it is for.');
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            name,
            scopes: scopesFor(fields.get('access') === 'WRITE' ? 'WRITE' : 'READ'),
            expiresAt: expiresAtAfter(Number(fields.get('expiry')), now()),
          },
        },
      });
      if (!data) throw new Error('empty token answer');
      setCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
      form.reset();
    } catch (error) {
      setProblem(userMessage(error, 'Could not create the token. Try again.'));
    }
  }

  return (
    <Stack>
      {created && <CreatedTokenNotice {...created} onDismiss={() => setCreated(null)} />}
      <form onSubmit={onSubmit} noValidate aria-label="Create an API token">
        <Stack gap="sm" maw={520}>
          {problem && (
            <Alert color="red" role="alert" title="Token not created">
              {problem}
            </Alert>
          )}
          <TextInput label="Token name" name="name" placeholder="e.g. SIEM export" required />
          <Radio.Group label="Access" name="access" defaultValue="READ">
            <Group mt={4}>
              <Radio value="READ" label="Read only" />
              <Radio value="WRITE" label="Read and write" />
            </Group>
          </Radio.Group>
          <NativeSelect
            label="Expires in"
            name="expiry"
            defaultValue="90"
            data={EXPIRY_CHOICES.map((choice) => ({ value: String(choice.days), label: choice.label }))}
          />
          <Group>
            <Button type="submit" loading={loading}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

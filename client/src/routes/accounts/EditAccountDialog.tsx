import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import type { UpdateAwsAccountInput } from '../../gql/graphql';
import { UpdateAwsAccountDocument } from './accounts';

export interface EditableAccount {
  id: string;
  name: string;
  authMethod: string;
  roleArn?: string | null;
  accessKeyIdLast4?: string | null;
  regions?: readonly string[] | null;
}

/** "eu-west-1, us-east-1" -> the list; empty -> null (every enabled region). */
export function parseRegions(text: string): string[] | null {
  const regions = text.split(/[\s,]+/).filter(Boolean);
  return regions.length > 0 ? regions : null;
}

/** Only what changed is sent; keys are replaced only when both new values are given. */
export function accountChanges(account: EditableAccount, form: { name: string; regions: string; roleArn: string; accessKeyId: string; secretAccessKey: string }): UpdateAwsAccountInput {
  const changes: UpdateAwsAccountInput = {};
  if (form.name.trim() !== account.name) changes.name = form.name.trim();
  const regions = parseRegions(form.regions);
  if ((regions ?? []).join(',') !== (account.regions ?? []).join(',')) changes.regions = regions;
  if (account.authMethod === 'ASSUME_ROLE' && form.roleArn.trim() !== (account.roleArn ?? '')) changes.roleArn = form.roleArn.trim();
  if (account.authMethod === 'ACCESS_KEYS' && (form.accessKeyId.trim() || form.secretAccessKey.trim())) {
    changes.accessKeyId = form.accessKeyId.trim();
    changes.secretAccessKey = form.secretAccessKey.trim();
  }
  return changes;
}

export function EditAccountDialog({ opened, account, onClose }: { opened: boolean; account: EditableAccount; onClose: () => void }) {
  const [form, setForm] = useState({ name: account.name, regions: (account.regions ?? []).join(', '), roleArn: account.roleArn ?? '', accessKeyId: '', secretAccessKey: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateAwsAccountDocument, { refetchQueries: ['Accounts'] });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const input = accountChanges(account, form);
    if (Object.keys(input).length === 0) return onClose();
    try {
      await update({ variables: { id: account.id, input } });
      setForm((f) => ({ ...f, secretAccessKey: '' }));
      onClose();
    } catch (error) {
      setProblem(userMessage(error, 'Could not save the account. Try again.'));
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Edit ${account.name}`} centered>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <TextInput label="Name" required {...field('name')} />
          <TextInput label="Regions" description="Comma-separated, e.g. eu-west-1, us-east-1; empty scans every enabled region." {...field('regions')} />
          {account.authMethod === 'ASSUME_ROLE' && <TextInput label="Role ARN" {...field('roleArn')} />}
          {account.authMethod === 'ACCESS_KEYS' && (
            <>
              <TextInput
                label="New access key id"
                description={`Leave both empty to keep the current keys${account.accessKeyIdLast4 ? ` (…${account.accessKeyIdLast4})` : ''}.`}
                autoComplete="off"
                {...field('accessKeyId')}
              />
              <PasswordInput label="New secret access key" autoComplete="new-password" {...field('secretAccessKey')} />
            </>
          )}
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

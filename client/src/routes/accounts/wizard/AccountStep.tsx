import { Radio, Stack, Text, TextInput } from '@mantine/core';
import type { AwsAuthMethod } from '../../../gql/graphql';
import type { AccountDraft } from './draft';

const METHODS: { value: AwsAuthMethod; label: string; description: string }[] = [
  { value: 'ASSUME_ROLE', label: 'Assume a role (recommended)', description: 'A read-only role in the account trusts CSPMEXA with your ExternalId.' },
  { value: 'ACCESS_KEYS', label: 'Access keys', description: "An IAM user's keys, stored encrypted and never shown again." },
  { value: 'DEFAULT_CHAIN', label: "Server's default credentials", description: 'The account CSPMEXA itself runs in.' },
];

export function AccountStep({ draft, nameError, onChange }: { draft: AccountDraft; nameError: string | null; onChange: (patch: Partial<AccountDraft>) => void }) {
  return (
    <Stack>
      <TextInput
        label="Name"
        required
        placeholder="Production"
        value={draft.name}
        error={nameError}
        onChange={(event) => onChange({ name: event.currentTarget.value })}
        autoFocus
      />
      <Radio.Group label="How CSPMEXA signs in" value={draft.authMethod} onChange={(value) => onChange({ authMethod: value as AwsAuthMethod })}>
        <Stack mt="xs" gap="xs">
          {METHODS.map((m) => (
            <Radio key={m.value} value={m.value} label={m.label} description={<Text size="xs">{m.description}</Text>} />
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}

import { Alert, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { OnboardingInstructions } from '../OnboardingInstructions';
import type { AccountDraft, credentialProblems } from './draft';

interface CredentialsStepProps {
  draft: AccountDraft;
  problems: ReturnType<typeof credentialProblems>;
  onChange: (patch: Partial<AccountDraft>) => void;
}

/** The method's own details: the role to create and its ARN, the keys, or nothing. */
export function CredentialsStep({ draft, problems, onChange }: CredentialsStepProps) {
  if (draft.authMethod === 'ASSUME_ROLE') {
    return (
      <Stack>
        <OnboardingInstructions />
        <TextInput
          label="Role ARN"
          required
          placeholder="arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly"
          value={draft.roleArn}
          error={problems.roleArn}
          onChange={(event) => onChange({ roleArn: event.currentTarget.value })}
        />
      </Stack>
    );
  }
  if (draft.authMethod === 'ACCESS_KEYS') {
    return (
      <Stack>
        <Alert color="yellow" title="Prefer a role">
          Long-lived keys are a liability: give the user only SecurityAudit and ViewOnlyAccess, and rotate its keys. CSPMEXA
          stores them encrypted and never shows the secret again.
        </Alert>
        <TextInput
          label="Access key id"
          required
          autoComplete="off"
          value={draft.accessKeyId}
          error={problems.accessKeyId}
          onChange={(event) => onChange({ accessKeyId: event.currentTarget.value })}
        />
        <PasswordInput
          label="Secret access key"
          required
          autoComplete="new-password"
          value={draft.secretAccessKey}
          error={problems.secretAccessKey}
          onChange={(event) => onChange({ secretAccessKey: event.currentTarget.value })}
        />
      </Stack>
    );
  }
  return (
    <Text size="sm">
      CSPMEXA will use its own AWS credentials (environment, profile, instance or task role) to scan the account it runs
      in. Give them the SecurityAudit and ViewOnlyAccess managed policies.
    </Text>
  );
}

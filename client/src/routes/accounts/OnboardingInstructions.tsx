import { useQuery } from '@apollo/client/react';
import { Button, Code, CopyButton, Group, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorState } from '../../components/ErrorState';
import { OnboardingDocument } from './accounts';

/** What to create in AWS before adding an ASSUME_ROLE account: the trust policy with this organisation's ExternalId. */
export function OnboardingInstructions() {
  const { data, error, refetch } = useQuery(OnboardingDocument);
  if (error && !data) {
    return <ErrorState title="Could not load the onboarding details" error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Skeleton h={120} aria-label="Loading onboarding details" />;
  const { externalId, trustPolicy } = data.onboarding;

  return (
    <Stack gap="xs">
      <Text size="sm">
        Create an IAM role in the account with the SecurityAudit and ViewOnlyAccess managed policies and this trust
        policy, then paste the role's ARN below.
      </Text>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          ExternalId
        </Text>
        <Code>{externalId}</Code>
        <CopyButton value={externalId}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="default" onClick={copy} aria-label="Copy ExternalId">
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          Trust policy
        </Text>
        <CopyButton value={trustPolicy}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="default" onClick={copy} aria-label="Copy trust policy">
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block>{trustPolicy}</Code>
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { ErrorState } from '../../components/ErrorState';
import { OnboardingDocument } from './accounts';
import { CopyableCode } from '../../components/CopyableCode';

/**
 * What to create in AWS before adding an ASSUME_ROLE account: a read-only role trusting CSPMEXA with this
 * organisation's ExternalId, as a trust policy to paste, a CloudFormation template or a Terraform snippet (the
 * server renders all three from one description, so they agree).
 */
export function OnboardingInstructions() {
  const { data, error, refetch } = useQuery(OnboardingDocument);
  if (error && !data) {
    return <ErrorState title="Could not load the onboarding details" error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <Skeleton h={120} aria-label="Loading onboarding details" />;
  const o = data.onboarding;

  return (
    <Stack gap="sm">
      <Text size="sm">
        Create the role <strong>{o.roleName}</strong> in the AWS account with the SecurityAudit and ViewOnlyAccess managed
        policies, trusting <code>{o.trustedPrincipalArn}</code> only with this organisation's ExternalId. Deploy the
        CloudFormation template or the Terraform snippet, or paste the trust policy yourself, then enter the role's ARN.
      </Text>
      {o.trustedPrincipalSource === 'PLACEHOLDER' && (
        <Alert color="yellow" title="CSPMEXA's AWS account is not known">
          The server has no AWS credentials and AWS_PRINCIPAL_ARN is not set: replace the placeholder principal with the
          account CSPMEXA runs in before deploying.
        </Alert>
      )}
      <CopyableCode label="ExternalId" value={o.externalId} block={false} />
      <Tabs defaultValue="cloudformation" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="cloudformation">CloudFormation</Tabs.Tab>
          <Tabs.Tab value="terraform">Terraform</Tabs.Tab>
          <Tabs.Tab value="trust">Trust policy</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="cloudformation" pt="xs">
          <CopyableCode label="CloudFormation template" value={o.cloudFormationTemplate} />
        </Tabs.Panel>
        <Tabs.Panel value="terraform" pt="xs">
          <CopyableCode label="Terraform" value={o.terraform} />
        </Tabs.Panel>
        <Tabs.Panel value="trust" pt="xs">
          <CopyableCode label="Trust policy" value={o.trustPolicy} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Stack, Text } from '@mantine/core';
import { CopyableCode } from '../../components/CopyableCode';
import type { FindingDetailQuery } from '../../gql/graphql';

type Remediation = NonNullable<NonNullable<FindingDetailQuery['finding']>['remediation']>;

/** Remediation as prose plus copyable AWS CLI and Terraform (PRODUCT.md). */
export function RemediationPanel({ remediation }: { remediation: Remediation | null }) {
  if (!remediation) return <Text c="dimmed">No remediation guidance is available for this check.</Text>;
  return (
    <Stack>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{remediation.text}</Text>
      {remediation.cli && <CopyableCode label="AWS CLI" value={remediation.cli} headingOrder={3} />}
      {remediation.terraform && <CopyableCode label="Terraform" value={remediation.terraform} headingOrder={3} />}
    </Stack>
  );
}

import { Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import type { FindingDetailQuery } from '../../gql/graphql';

type Remediation = NonNullable<NonNullable<FindingDetailQuery['finding']>['remediation']>;

/** Remediation as prose plus copyable AWS CLI and Terraform (PRODUCT.md). */
export function RemediationPanel({ remediation }: { remediation: Remediation | null }) {
  if (!remediation) return <Text c="dimmed">No remediation guidance is available for this check.</Text>;
  return (
    <Stack>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{remediation.text}</Text>
      {remediation.cli && <CopyableSnippet title="AWS CLI" snippet={remediation.cli} />}
      {remediation.terraform && <CopyableSnippet title="Terraform" snippet={remediation.terraform} />}
    </Stack>
  );
}

function CopyableSnippet({ title, snippet }: { title: string; snippet: string }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {title}
        </Title>
        <CopyButton value={snippet}>
          {({ copied, copy }) => (
            <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={`Copy ${title}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block>{snippet}</Code>
    </Stack>
  );
}

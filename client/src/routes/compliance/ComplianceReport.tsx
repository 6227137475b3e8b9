import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, EmptyState, Group, Skeleton, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AccountOption } from '../../components/AccountPicker';
import { ErrorState } from '../../components/ErrorState';
import type { ComplianceFramework } from '../../gql/graphql';
import { ComplianceReportDocument } from './compliance';
import { ComplianceSummary } from './ComplianceSummary';
import { ControlsTable } from './ControlsTable';
import { groupBySection } from './controlStatus';

interface ComplianceReportProps {
  framework: ComplianceFramework;
  account: AccountOption;
}

/** One account's report against one framework: the summary, then every control grouped by benchmark section. */
export function ComplianceReport({ framework, account }: ComplianceReportProps) {
  const { data, error, refetch } = useQuery(ComplianceReportDocument, {
    variables: { framework, accountId: account.id },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) return <ErrorState title="Could not load the compliance report" error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton h={240} aria-label="Loading compliance report" />;
  const report = data.compliance;
  if (!report) {
    return (
      <EmptyState title="No evaluated scan yet" description="The posture of this account appears once a scan has been evaluated.">
        <Anchor component={Link} to={`/accounts/${encodeURIComponent(account.id)}/scans`}>
          Open the account's scans
        </Anchor>
      </EmptyState>
    );
  }

  return (
    <Stack>
      <ComplianceSummary report={report} />
      {groupBySection(report.controls).map(({ section, controls, failing }) => (
        <Stack key={section} gap="xs" component="section" aria-label={section}>
          <Group gap="xs">
            <Title order={2} size="h4">
              {section}
            </Title>
            {failing > 0 && (
              <Badge color="red.9" variant="filled">
                {failing} failing
              </Badge>
            )}
          </Group>
          <ControlsTable framework={framework} awsAccountId={account.awsAccountId} controls={controls} />
        </Stack>
      ))}
    </Stack>
  );
}

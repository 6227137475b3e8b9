import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { AccountPicker } from '../../components/AccountPicker';
import { AccountOptionsDocument } from '../../components/accountOptions';
import { COMPLIANCE_FRAMEWORKS, FRAMEWORK_LABEL, isComplianceFramework } from '../../components/complianceFramework';
import { ErrorState } from '../../components/ErrorState';
import { ComplianceReport } from './ComplianceReport';

/**
 * Posture per framework and account (`/compliance?framework=CIS_AWS_5_0_0&account=<id>`): both choices live in
 * the URL so a report can be shared; without them the newest benchmark and the first account are shown.
 */
export function CompliancePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedFramework = searchParams.get('framework');
  const framework = isComplianceFramework(requestedFramework) ? requestedFramework : COMPLIANCE_FRAMEWORKS[0]!;
  const accountsQuery = useQuery(AccountOptionsDocument);
  const accounts = accountsQuery.data?.awsAccounts.edges.map((edge) => edge.node) ?? [];
  const requestedAccount = searchParams.get('account');
  const account = accounts.find((candidate) => candidate.id === requestedAccount) ?? accounts[0];

  const choose = (name: 'framework' | 'account', value: string) => {
    const next = new URLSearchParams(searchParams);
    next.set(name, value);
    setSearchParams(next);
  };

  return (
    <Stack>
      <Title order={1}>Compliance</Title>
      {accountsQuery.error && !accountsQuery.data ? (
        <ErrorState title="Could not load the accounts" error={accountsQuery.error} onRetry={() => void accountsQuery.refetch()} />
      ) : !accountsQuery.data ? (
        <Skeleton h={200} aria-label="Loading compliance" />
      ) : !account ? (
        <EmptyState title="No AWS account connected yet" description="Compliance posture appears after the first scan.">
          <Button component={Link} to="/accounts?add=1">
            Connect an AWS account
          </Button>
        </EmptyState>
      ) : (
        <>
          <Group align="end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="framework-label">
                Framework
              </Text>
              <SegmentedControl
                aria-labelledby="framework-label"
                value={framework}
                onChange={(value) => choose('framework', value)}
                data={COMPLIANCE_FRAMEWORKS.map((value) => ({ value, label: FRAMEWORK_LABEL[value] }))}
              />
            </Stack>
            <AccountPicker accounts={accounts} value={account.id} onChange={(id) => choose('account', id)} />
          </Group>
          <ComplianceReport framework={framework} account={account} />
        </>
      )}
    </Stack>
  );
}

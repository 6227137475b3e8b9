import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { ACTIVE_FINDING_STATUSES } from '../../components/findingStatus';
import { AddDemoAccountButton } from '../accounts/demo/AddDemoAccountButton';
import { SEVERITIES } from '../../components/severity';
import { FindingsBreakdowns } from './FindingsBreakdowns';
import { OverviewDocument } from './overview';
import { PostureTrendPanel } from './PostureTrendPanel';
import { SeverityCards } from './SeverityCards';

export function OverviewPage() {
  const { data, loading, error, refetch } = useQuery(OverviewDocument, {
    variables: { filter: { statuses: [...ACTIVE_FINDING_STATUSES] } },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <Stack>
      <Title order={1}>Overview</Title>
      {error && !data ? (
        <ErrorState title="Could not load the overview" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        loading && <SeverityCardsSkeleton />
      ) : data.awsAccounts.totalCount === 0 ? (
        <EmptyState
          title="No AWS account connected yet"
          description="Connect an AWS account and run a scan, or explore with the demo account: findings by severity appear here."
        >
          <Group align="flex-start">
            <Button component={Link} to="/accounts?add=1">
              Connect an AWS account
            </Button>
            <AddDemoAccountButton onSettled={() => void refetch()} />
          </Group>
        </EmptyState>
      ) : (
        <>
          <Text c="dimmed">Open findings by severity ({data.findingCounts.total} in total)</Text>
          <SeverityCards counts={data.findingCounts} />
          <FindingsBreakdowns accounts={data.awsAccounts.edges.map((edge) => edge.node)} />
          <PostureTrendPanel accounts={data.awsAccounts.edges.map((edge) => edge.node)} />
        </>
      )}
    </Stack>
  );
}

function SeverityCardsSkeleton() {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} aria-busy="true" aria-label="Loading counts">
      {SEVERITIES.map((severity) => (
        <Skeleton key={severity} h={84} />
      ))}
    </SimpleGrid>
  );
}

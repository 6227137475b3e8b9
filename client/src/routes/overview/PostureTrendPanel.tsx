import { useQuery } from '@apollo/client/react';
import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { AccountPicker, type AccountOption } from '../../components/AccountPicker';
import { FRAMEWORK_LABEL } from '../../components/complianceFramework';
import { ErrorState } from '../../components/ErrorState';
import { formatScore } from '../compliance/controlStatus';
import { POSTURE_TREND_DAYS, PostureTrendDocument } from './postureTrend';
import { PostureTrendChart } from './PostureTrendChart';
import { SeverityTrendChart } from './SeverityTrendChart';

/**
 * The posture over the last 30 days for one account (`?account=`, default the first): the latest scores, failing
 * results by severity per scan, and failing / unknown / muted results per scan.
 */
export function PostureTrendPanel({ accounts }: { accounts: readonly AccountOption[] }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const account = accounts.find((candidate) => candidate.id === searchParams.get('account')) ?? accounts[0];
  const trend = useQuery(PostureTrendDocument, {
    variables: { accountId: account?.id ?? '', days: POSTURE_TREND_DAYS },
    skip: !account,
    fetchPolicy: 'cache-and-network',
  });
  if (!account) return null;
  const points = trend.data?.postureTrend;
  const latest = points?.[points.length - 1];

  return (
    <Paper withBorder p="md" component="section" aria-label="Posture over time">
      <Stack>
        <Group justify="space-between" align="end">
          <Title order={2} size="h4">
            Posture over the last {POSTURE_TREND_DAYS} days
          </Title>
          {accounts.length > 1 && (
            <AccountPicker
              accounts={accounts}
              value={account.id}
              onChange={(id) =>
                setSearchParams((params) => {
                  const next = new URLSearchParams(params);
                  next.set('account', id);
                  return next;
                })
              }
            />
          )}
        </Group>
        {trend.error && !points ? (
          <ErrorState title="Could not load the trend" error={trend.error} onRetry={() => void trend.refetch()} />
        ) : !points ? (
          <Skeleton h={200} aria-label="Loading trend" />
        ) : points.length === 0 ? (
          <Text c="dimmed">No evaluated scan in the last {POSTURE_TREND_DAYS} days. Run a scan to start the trend.</Text>
        ) : (
          <>
            {latest && (
              <Group gap="xl">
                {latest.scores.map((entry) => (
                  <Text key={entry.framework} size="sm">
                    {FRAMEWORK_LABEL[entry.framework]} score: <strong>{formatScore(entry.score ?? null)}</strong>
                  </Text>
                ))}
              </Group>
            )}
            <Title order={3} size="h5">
              Failing results by severity
            </Title>
            <SeverityTrendChart points={points} />
            <Title order={3} size="h5">
              Failing, unknown and muted results
            </Title>
            <PostureTrendChart points={points} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { FindingFiltersBar } from './FindingFiltersBar';
import { hasFindingFilters, readFindingFilters, toFindingFilter, writeFindingFilters } from './findingFilters';
import { FINDINGS_PAGE_SIZE, FindingsDocument } from './findings';
import { FindingsTable } from './FindingsTable';

export function FindingsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readFindingFilters(searchParams), [searchParams]);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(FindingsDocument, {
    variables: { filter: toFindingFilter(filters), first: FINDINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.findings;
  const findings = connection?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <Stack>
      <Title order={1}>Findings</Title>
      <FindingFiltersBar
        filters={filters}
        onChange={(next) => setSearchParams(writeFindingFilters(searchParams, next))}
      />
      {error && !connection ? (
        <ErrorState title="Could not load findings" error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Stack aria-busy="true" aria-label="Loading findings" gap="xs">
          {Array.from({ length: 6 }, (_, row) => (
            <Skeleton key={row} h={36} />
          ))}
        </Stack>
      ) : findings.length === 0 ? (
        hasFindingFilters(filters) ? (
          <EmptyState title="No findings match these filters" description="Widen the severity or status filters." />
        ) : (
          <EmptyState
            title="No findings yet"
            description={
              <>
                Findings appear after a scan. <Link to="/accounts">Connect an AWS account and run a scan.</Link>
              </>
            }
          />
        )
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {findings.length} of {connection.totalCount}
          </Text>
          <FindingsTable findings={findings} />
          {connection.pageInfo.hasNextPage && (
            <Center>
              <Group>
                <Button
                  variant="default"
                  loading={loadingMore}
                  onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                >
                  Load more
                </Button>
              </Group>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}

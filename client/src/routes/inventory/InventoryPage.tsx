import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { EmptyState, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { ListSkeleton } from '../../components/ListSkeleton';
import { LoadMore } from '../../components/LoadMore';
import { ACCOUNT_OPTIONS_PAGE_SIZE, INVENTORY_PAGE_SIZE, InventoryAccountOptionsDocument, ResourcesDocument } from './inventory';
import { ResourceFiltersBar } from './ResourceFiltersBar';
import { hasResourceFilters, readResourceFilters, toResourceFilter, writeResourceFilters } from './resourceFilters';
import { ResourcesTable } from './ResourcesTable';

export function InventoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readResourceFilters(searchParams), [searchParams]);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(ResourcesDocument, {
    variables: { filter: toResourceFilter(filters), first: INVENTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // The account filter's options; if they fail to load, the filter still works from the URL.
  const accountOptions = useQuery(InventoryAccountOptionsDocument, { variables: { first: ACCOUNT_OPTIONS_PAGE_SIZE } });
  const accounts = accountOptions.data?.awsAccounts.edges.map((edge) => edge.node) ?? [];
  const connection = data?.resources;
  const resources = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <Title order={1}>Inventory</Title>
      <ResourceFiltersBar
        filters={filters}
        accounts={accounts}
        onChange={(next) => setSearchParams(writeResourceFilters(searchParams, next))}
      />
      {error && !connection ? (
        <ErrorState title="Could not load the inventory" error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <ListSkeleton label="Loading resources" />
      ) : resources.length === 0 ? (
        hasResourceFilters(filters) ? (
          <EmptyState title="No resources match these filters" description="Widen or clear the filters." />
        ) : (
          <EmptyState
            title="No resources collected yet"
            description={
              <>
                Resources appear after a scan. <Link to="/accounts">Connect an AWS account and run a scan.</Link>
              </>
            }
          />
        )
      ) : (
        <>
          <ResourcesTable resources={resources} />
          <LoadMore
            shown={resources.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </Stack>
  );
}

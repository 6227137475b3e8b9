import { useQuery } from '@apollo/client/react';
import { EmptyState, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { QueryState } from '../../components/QueryState';
import { ACCOUNT_OPTIONS_PAGE_SIZE, INVENTORY_PAGE_SIZE, InventoryAccountOptionsDocument, ResourcesDocument } from './inventory';
import { ResourceFiltersBar } from './ResourceFiltersBar';
import { hasResourceFilters, readResourceFilters, toResourceFilter, writeResourceFilters } from './resourceFilters';
import { ResourcesTable } from './ResourcesTable';

export function InventoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => readResourceFilters(searchParams), [searchParams]);
  const query = useQuery(ResourcesDocument, {
    variables: { filter: toResourceFilter(filters), first: INVENTORY_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // The account filter's options; if they fail to load, the filter still works from the URL.
  const accountOptions = useQuery(InventoryAccountOptionsDocument, { variables: { first: ACCOUNT_OPTIONS_PAGE_SIZE } });
  const accounts = accountOptions.data?.awsAccounts.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack>
      <Title order={1}>Inventory</Title>
      <ResourceFiltersBar
        filters={filters}
        accounts={accounts}
        onChange={(next) => setSearchParams(writeResourceFilters(searchParams, next))}
      />
      <QueryState
        value={query.data?.resources}
        query={query}
        errorTitle="Could not load the inventory"
        loadingLabel="Loading resources"
        isEmpty={(connection) => connection.edges.length === 0}
        empty={
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
        }
      >
        {(connection) => (
          <>
            <ResourcesTable resources={connection.edges.map((edge) => edge.node)} />
            <ConnectionLoadMore query={query} connection={connection} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

import { NetworkStatus } from '@apollo/client';
import { LoadMore } from './LoadMore';

/** What the footer reads of a Relay connection. */
export interface PagedConnection {
  edges: readonly unknown[];
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** The part of a `useQuery` result that pages: `fetchMore` with the `after` cursor, and whether it is running. */
export interface PagedQuery<TData> {
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string | null | undefined }; updateQuery?: AppendPage<TData> }) => Promise<unknown>;
}

/** Merges the next page into the one shown, for lists that have no pagination policy in the shared cache. */
export type AppendPage<TData> = (shown: TData, next: { fetchMoreResult: TData }) => TData;

interface ConnectionLoadMoreProps<TData> {
  query: PagedQuery<TData>;
  connection: PagedConnection;
  updateQuery?: AppendPage<TData>;
}

/** `LoadMore` wired to a query's connection: fetches the page after the connection's end cursor. */
export function ConnectionLoadMore<TData>({ query, connection, updateQuery }: ConnectionLoadMoreProps<TData>) {
  const { endCursor, hasNextPage } = connection.pageInfo;
  return (
    <LoadMore
      shown={connection.edges.length}
      total={connection.totalCount}
      hasNextPage={hasNextPage}
      loading={query.networkStatus === NetworkStatus.fetchMore}
      onLoadMore={() => void query.fetchMore({ variables: { after: endCursor }, ...(updateQuery && { updateQuery }) })}
    />
  );
}

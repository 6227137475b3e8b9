import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { ListSkeleton } from './ListSkeleton';

interface QueryStateProps<T> {
  /** What the query loaded (a connection, a list, ...); null or undefined until it arrives. */
  value: T | null | undefined;
  /** The query's error, and the refetch its Retry runs. */
  query: { error?: unknown; refetch: () => Promise<unknown> };
  errorTitle: string;
  /** Names the loading skeleton, so screen readers hear what is loading. */
  loadingLabel: string;
  loadingRows?: number;
  /** Shown instead of `children` when `isEmpty(value)`; lists that are never empty leave both out. */
  isEmpty?: (value: T) => boolean;
  empty?: ReactNode;
  children: (value: T) => ReactNode;
}

/**
 * The states every list goes through, in the same order everywhere: an error with a retry while nothing is shown,
 * a skeleton until the first answer, the empty state, then the list itself. Once loaded, a failed refetch keeps
 * the list on screen rather than replacing it with the error.
 */
export function QueryState<T>({ value, query, errorTitle, loadingLabel, loadingRows, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.error && !value) return <ErrorState title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  if (!value) return <ListSkeleton label={loadingLabel} rows={loadingRows} />;
  if (isEmpty?.(value)) return <>{empty}</>;
  return <>{children(value)}</>;
}

import { NetworkStatus } from '@apollo/client';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { type AppendPage, ConnectionLoadMore, type PagedConnection } from './ConnectionLoadMore';

type Data = { rules: PagedConnection };

function connection(shown: number, { totalCount = shown, hasNextPage = false, endCursor = 'cursor-2' } = {}): PagedConnection {
  return { edges: Array.from({ length: shown }, (_, index) => ({ index })), totalCount, pageInfo: { endCursor, hasNextPage } };
}

function renderFooter(page: PagedConnection, networkStatus = NetworkStatus.ready, updateQuery?: AppendPage<Data>) {
  const fetchMore = vi.fn(async () => undefined);
  renderWithProviders(<ConnectionLoadMore query={{ networkStatus, fetchMore }} connection={page} updateQuery={updateQuery} />);
  return fetchMore;
}

describe('ConnectionLoadMore', () => {
  it('says how much of the list is shown and fetches the page after the end cursor', () => {
    const fetchMore = renderFooter(connection(2, { totalCount: 5, hasNextPage: true }));
    expect(screen.getByText('Showing 2 of 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(fetchMore).toHaveBeenCalledWith({ variables: { after: 'cursor-2' } });
  });

  it('passes the merge of lists without a cache policy to fetchMore', () => {
    const append: AppendPage<Data> = (shown) => shown;
    const fetchMore = renderFooter(connection(2, { totalCount: 5, hasNextPage: true }), NetworkStatus.ready, append);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(fetchMore).toHaveBeenCalledWith({ variables: { after: 'cursor-2' }, updateQuery: append });
  });

  it('offers no Load more on the last page', () => {
    renderFooter(connection(3));
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows the button busy only while the next page is being fetched', () => {
    renderFooter(connection(2, { totalCount: 5, hasNextPage: true }), NetworkStatus.fetchMore);
    expect(screen.getByRole('button', { name: 'Load more' }).hasAttribute('data-loading')).toBe(true);
  });

  it('keeps the button idle during a refetch that is not a next page', () => {
    renderFooter(connection(2, { totalCount: 5, hasNextPage: true }), NetworkStatus.refetch);
    expect(screen.getByRole('button', { name: 'Load more' }).hasAttribute('data-loading')).toBe(false);
  });
});

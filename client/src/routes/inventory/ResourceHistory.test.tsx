import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ResourceHistory } from './ResourceHistory';
import { change, emptyHistory, historyPage, historyRequest, pathChange } from './resourceHistoryFixtures';

const path = '/inventory/:resourceId';

describe('ResourceHistory', () => {
  it('lists each change newest first, with every changed setting before and after', async () => {
    renderWithProviders(<ResourceHistory resourceId="r1" />, {
      path,
      url: '/inventory/r1',
      mocks: [
        {
          request: historyRequest,
          result: historyPage([
            change('c2', 'MODIFIED', [
              pathChange(['versioning', 'value', 'status'], 'CHANGED', 'Enabled', 'Suspended'),
              pathChange(['publicAccessBlock', 'value'], 'REMOVED', { blockPublicAcls: true }, null),
              pathChange(['tags', 'value', 'env'], 'ADDED', null, 'prod'),
            ]),
            change('c1', 'CREATED'),
          ]),
        },
      ],
    });

    const list = await screen.findByRole('list', { name: 'Change history' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(within(entries[0]!).getByText('Modified')).toBeTruthy();
    expect(within(entries[1]!).getByText('Created')).toBeTruthy();
    const rows = within(entries[0]!).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['versioning › value › status', 'Changed', 'Enabled', 'Suspended'],
      ['publicAccessBlock › value', 'Removed', '{"blockPublicAcls":true}', '—'],
      ['tags › value › env', 'Added', '—', 'prod'],
    ]);
  });

  it('says how many paths a cut diff left out, and loads older changes on demand', async () => {
    const many = Array.from({ length: 2 }, (_, i) => pathChange(['rules', String(i)], 'CHANGED', i, i + 1));
    renderWithProviders(<ResourceHistory resourceId="r1" />, {
      path,
      url: '/inventory/r1',
      mocks: [
        { request: historyRequest, result: historyPage([change('c3', 'MODIFIED', many, 250)], { hasNextPage: true, totalCount: 2 }) },
        { request: { ...historyRequest, variables: { ...historyRequest.variables, after: 'h-end' } }, result: historyPage([change('c0', 'DELETED')]) },
      ],
    });

    expect(await screen.findByText('showing 2 of 250 changed paths')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Deleted')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Change history' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('explains an empty history', async () => {
    renderWithProviders(<ResourceHistory resourceId="r1" />, { path, url: '/inventory/r1', mocks: [emptyHistory] });
    expect(await screen.findByText(/No change since the resource was first seen/)).toBeTruthy();
  });
});

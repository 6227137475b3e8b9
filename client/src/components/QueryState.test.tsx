import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/renderWithProviders';
import { QueryState } from './QueryState';

const labels = { errorTitle: 'Could not load the rules', loadingLabel: 'Loading rules' };
const list = (items: string[]) => (
  <ul aria-label="Rules">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

function renderState(value: string[] | undefined, error: unknown, refetch = vi.fn(async () => undefined)) {
  renderWithProviders(
    <QueryState value={value} query={{ error, refetch }} {...labels} isEmpty={(items) => items.length === 0} empty={<p>No rules yet</p>}>
      {list}
    </QueryState>,
  );
  return refetch;
}

describe('QueryState', () => {
  it('shows a named, busy skeleton until the first answer', () => {
    renderState(undefined, undefined);
    expect(screen.getByRole('status', { name: 'Loading rules' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the error with a retry that refetches when nothing loaded', () => {
    const refetch = renderState(undefined, new Error('network down'));
    expect(screen.getByRole('alert').textContent).toContain('Could not load the rules');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps what was loaded on screen when a later refetch fails', () => {
    renderState(['r1'], new Error('network down'));
    expect(screen.getByRole('list', { name: 'Rules' }).textContent).toBe('r1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the empty state instead of an empty list', () => {
    renderState([], undefined);
    expect(screen.getByText('No rules yet')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renders the loaded value through its children', () => {
    renderState(['r1', 'r2'], undefined);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['r1', 'r2']);
  });

  it('renders an empty value through its children when the list has no empty state', () => {
    renderWithProviders(
      <QueryState value={[] as string[]} query={{ error: undefined, refetch: async () => undefined }} {...labels}>
        {list}
      </QueryState>,
    );
    expect(screen.getByRole('list', { name: 'Rules' }).children).toHaveLength(0);
  });
});

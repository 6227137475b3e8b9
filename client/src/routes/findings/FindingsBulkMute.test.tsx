import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { publicBucket, unfilteredMocks } from './findingsFixtures';
import { FindingsPage } from './FindingsPage';
import { MuteFindingsDocument } from './mute';

describe('FindingsPage bulk mute', () => {
  it('bulk-mutes the selected rows with a required reason and an optional expiry', async () => {
    let mutedWith: unknown = null;
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        ...unfilteredMocks(),
        {
          request: { query: MuteFindingsDocument, variables: () => true },
          result: (variables: unknown) => {
            mutedWith = variables;
            return {
              data: { muteFindings: { __typename: 'MuteRule', id: 'rule-1', findingCount: 2, expiresAt: null } },
            };
          },
        },
      ],
    });
    await screen.findByRole('link', { name: publicBucket.title });
    const mute = screen.getByRole('button', { name: 'Mute' }) as HTMLButtonElement;
    expect(mute.disabled).toBe(true);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all findings shown' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(mute);
    const dialog = await screen.findByRole('dialog', { name: 'Mute 2 findings' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mute 2 findings' }));
    expect(await within(dialog).findByText(/A reason is required/)).toBeTruthy();
    expect(mutedWith).toBeNull();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), {
      target: { value: 'Public website buckets by design' },
    });
    fireEvent.change(within(dialog).getByLabelText(/Mute until/), { target: { value: '2999-12-31' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mute 2 findings' }));

    await waitFor(() =>
      expect(mutedWith).toEqual({
        ids: ['1', '2'],
        reason: 'Public website buckets by design',
        expiresAt: new Date(3000, 0, 1).toISOString(),
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('0 selected')).toBeTruthy();
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EmailDeliveriesQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { DELIVERIES_PAGE_SIZE, EmailDeliveriesDocument } from './alerts';
import { EmailDeliveries } from './EmailDeliveries';

type Delivery = EmailDeliveriesQuery['emailDeliveries']['edges'][number]['node'];

function delivery(id: string, status: Delivery['status'], overrides: Partial<Delivery> = {}): Delivery {
  return {
    __typename: 'EmailDelivery',
    id,
    recipient: 'secops@example.com',
    subject: `[CSPMEXA] Critical: finding ${id}`,
    status,
    attempts: 1,
    lastError: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    sentAt: status === 'SENT' ? '2026-01-01T10:00:05.000Z' : null,
    ...overrides,
  };
}

function page(nodes: Delivery[], { hasNextPage = false, endCursor = 'd-end', totalCount = nodes.length } = {}) {
  return {
    data: {
      emailDeliveries: {
        __typename: 'EmailDeliveryConnection' as const,
        totalCount,
        edges: nodes.map((node) => ({ __typename: 'EmailDeliveryEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      },
    },
  };
}

const firstPage = { query: EmailDeliveriesDocument, variables: { first: DELIVERIES_PAGE_SIZE } };

describe('EmailDeliveries', () => {
  it('shows each delivery with its status as text, attempts and last error', async () => {
    renderWithProviders(<EmailDeliveries />, {
      mocks: [
        {
          request: firstPage,
          result: page([
            delivery('d1', 'SENT'),
            delivery('d2', 'PENDING', { attempts: 2, lastError: 'Throttling: Maximum sending rate exceeded' }),
            delivery('d3', 'FAILED', { attempts: 8, lastError: 'MessageRejected: Email address is not verified' }),
          ]),
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Email deliveries' });
    const [, sent, pending, failed] = within(table).getAllByRole('row');
    expect(within(sent!).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 4)).toEqual([
      'Sent',
      '[CSPMEXA] Critical: finding d1to secops@example.com',
      '1',
      '—',
    ]);
    expect(pending?.textContent).toContain('Pending');
    expect(pending?.textContent).toContain('Throttling: Maximum sending rate exceeded');
    expect(within(failed!).getAllByRole('cell')[0]?.textContent).toBe('Failed');
    expect(within(failed!).getAllByRole('cell')[2]?.textContent).toBe('8');
  });

  it('loads older deliveries after the end cursor', async () => {
    renderWithProviders(<EmailDeliveries />, {
      mocks: [
        { request: firstPage, result: page([delivery('d1', 'SENT')], { hasNextPage: true, endCursor: 'cursor-1', totalCount: 2 }) },
        {
          request: { ...firstPage, variables: { first: DELIVERIES_PAGE_SIZE, after: 'cursor-1' } },
          result: page([delivery('d2', 'FAILED')], { totalCount: 2 }),
        },
      ],
    });
    await screen.findByText('[CSPMEXA] Critical: finding d1');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('[CSPMEXA] Critical: finding d2')).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('explains an empty log', async () => {
    renderWithProviders(<EmailDeliveries />, { mocks: [{ request: firstPage, result: page([]) }] });

    expect(await screen.findByText('No alert emails sent yet')).toBeTruthy();
  });

  it('shows an error with a retry', async () => {
    renderWithProviders(<EmailDeliveries />, {
      mocks: [
        { request: firstPage, error: new Error('socket hang up') },
        { request: firstPage, result: page([delivery('d1', 'SENT')]) },
      ],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the email deliveries');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('[CSPMEXA] Critical: finding d1')).toBeTruthy();
  });
});

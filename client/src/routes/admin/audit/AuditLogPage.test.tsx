import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { apiError } from '../users/usersFixtures';
import { AUDIT_PAGE_SIZE, AuditActionsDocument, AuditActorsDocument, AuditEventsDocument, VerifyAuditChainDocument } from './audit';
import { AuditLogPage } from './AuditLogPage';

function auditEvent(sequence: number, action: string, actorId: string | null = 'u1') {
  return {
    __typename: 'AuditEvent' as const,
    id: `e${sequence}`,
    sequence,
    action,
    actorId,
    target: 'u2',
    at: '2026-01-15T10:00:00.000Z',
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
    requestId: `r${sequence}`,
    details: { reason: 'test' },
  };
}

function eventsMock(variables: Record<string, unknown>, events: ReturnType<typeof auditEvent>[], page: { hasNextPage: boolean; total: number }) {
  return {
    request: { query: AuditEventsDocument, variables: { first: AUDIT_PAGE_SIZE, ...variables } },
    result: {
      data: {
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount: page.total,
          pageInfo: { __typename: 'PageInfo', endCursor: events.at(-1)?.id ?? null, hasNextPage: page.hasNextPage },
          edges: events.map((node) => ({ __typename: 'AuditEventEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

const actorsMock = {
  request: { query: AuditActorsDocument },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        edges: [{ __typename: 'UserEdge', node: { __typename: 'User', id: 'u1', email: 'admin@example.com' } }],
      },
    },
  },
};

function verifyMock(result: { ok: boolean; firstBrokenId: string | null; checkedCount: number }) {
  return { request: { query: VerifyAuditChainDocument }, result: { data: { verifyAuditChain: { __typename: 'AuditChainVerification', ...result } } } };
}

describe('AuditLogPage', () => {
  it('L1 lists events with actor emails and loads the next page by cursor', async () => {
    renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      mocks: [
        eventsMock({}, [auditEvent(3, 'role.changed'), auditEvent(2, 'login.succeeded')], { hasNextPage: true, total: 3 }),
        actorsMock,
        eventsMock({ after: 'e2' }, [auditEvent(1, 'login.failed', null)], { hasNextPage: false, total: 3 }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Audit events' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]?.textContent).toContain('admin@example.com'));
    expect(screen.getByText('Showing 2 of 3')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getAllByRole('row')[3]?.textContent).toContain('login.failed');
    expect(screen.getByText('Showing 3 of 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('reads the filters from the URL and writes applied filters back to it', async () => {
    const { router } = renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      url: '/admin/audit?action=login.failed',
      mocks: [
        eventsMock({ filter: { actions: ['login.failed'] } }, [auditEvent(5, 'login.failed')], { hasNextPage: false, total: 1 }),
        actorsMock,
        eventsMock(
          { filter: { actions: ['login.failed'], actorId: 'u1', since: '2026-01-01T00:00:00.000Z', until: '2026-01-31T23:59:59.999Z' } },
          [],
          { hasNextPage: false, total: 0 },
        ),
      ],
    });

    expect(((await screen.findByLabelText('Action')) as HTMLInputElement).value).toBe('login.failed');
    await screen.findByRole('table', { name: 'Audit events' });
    await screen.findByRole('option', { name: 'admin@example.com' });
    fireEvent.change(screen.getByLabelText('Actor'), { target: { value: 'u1' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(router.state.location.search).toBe('?action=login.failed&actor=u1&from=2026-01-01&to=2026-01-31'));
    expect(await screen.findByText('No audit events')).toBeTruthy();
  });

  it('L1 offers every action the trail records, grouped, and filters by the one picked', async () => {
    const { router } = renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      mocks: [
        eventsMock({}, [auditEvent(2, 'login.succeeded')], { hasNextPage: false, total: 1 }),
        actorsMock,
        { request: { query: AuditActionsDocument }, result: { data: { auditActions: ['login.succeeded', 'aws_account.created', 'findings.muted', 'mute_rule.deleted'] } } },
        eventsMock({ filter: { actions: ['findings.muted'] } }, [auditEvent(3, 'findings.muted')], { hasNextPage: false, total: 1 }),
      ],
    });

    const select = await screen.findByRole('combobox', { name: 'Action' });
    await within(select).findByRole('option', { name: 'findings.muted' });
    expect(within(select).getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual(['login', 'aws_account', 'findings', 'mute_rule']);
    fireEvent.change(select, { target: { value: 'findings.muted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(router.state.location.search).toBe('?action=findings.muted'));
    const table = await screen.findByRole('table', { name: 'Audit events' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]?.textContent).toContain('findings.muted'));
  });

  it('L2 verifies the chain on demand and names the first broken entry', async () => {
    renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      mocks: [
        eventsMock({}, [auditEvent(1, 'login.succeeded')], { hasNextPage: false, total: 1 }),
        actorsMock,
        verifyMock({ ok: false, firstBrokenId: 'e7', checkedCount: 6 }),
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Verify chain' }));

    const status = await screen.findByText('Audit chain broken');
    expect(status.closest('[role="status"]')?.textContent).toContain('Entry e7 does not verify (6 entries checked before it)');
  });

  it('L2 reports an intact chain', async () => {
    renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      mocks: [eventsMock({}, [], { hasNextPage: false, total: 0 }), actorsMock, verifyMock({ ok: true, firstBrokenId: null, checkedCount: 42 })],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('All 42 entries link to their predecessor and match their hashes.')).toBeTruthy();
  });

  it('shows a FORBIDDEN answer as an error instead of the log', async () => {
    renderWithProviders(<AuditLogPage />, {
      path: '/admin/audit',
      mocks: [{ request: eventsMock({}, [], { hasNextPage: false, total: 0 }).request, result: apiError('FORBIDDEN', 'Forbidden') }, actorsMock],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Your role does not allow this.');
  });
});

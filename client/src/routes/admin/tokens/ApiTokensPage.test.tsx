import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { apiError } from '../users/usersFixtures';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './apiTokens';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateTokenForm } from './CreateTokenForm';

const now = () => new Date('2026-03-01T12:00:00.000Z');

function apiToken(id: string, name: string, overrides: Partial<{ scopes: string[]; lastUsedAt: string | null; revokedAt: string | null; expiresAt: string }> = {}) {
  return {
    __typename: 'ApiToken' as const,
    id,
    name,
    scopes: ['READ'],
    expiresAt: '2026-06-01T00:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    createdAt: '2026-02-01T00:00:00.000Z',
    ...overrides,
  };
}

const siem = apiToken('t1', 'SIEM export', { scopes: ['READ', 'WRITE'], lastUsedAt: '2026-02-28T09:00:00.000Z' });
const tokensMock = (tokens: ReturnType<typeof apiToken>[]) => ({ request: { query: ApiTokensDocument }, result: { data: { apiTokens: tokens } } });

describe('API tokens', () => {
  it('creates a token with name, scopes and expiry, and shows the secret once with a copy button', async () => {
    renderWithProviders(
      <>
        <CreateTokenForm now={now} />
        <ApiTokensTable now={now} />
      </>,
      {
        mocks: [
          tokensMock([]),
          {
            request: {
              query: CreateApiTokenDocument,
              variables: { input: { name: 'SIEM export', scopes: ['READ', 'WRITE'], expiresAt: '2026-03-31T12:00:00.000Z' } },
            },
            result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: 'cspx_secret-value', apiToken: siem } } },
          },
          tokensMock([siem]),
        ],
      },
    );

    expect(await screen.findByText('No API tokens')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Token name/, { selector: 'input' }), { target: { value: 'SIEM export' } });
    fireEvent.click(screen.getByLabelText('Read and write'));
    fireEvent.change(screen.getByLabelText('Expires in'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect((await screen.findByLabelText('New API token')).textContent).toBe('cspx_secret-value');
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeTruthy();
    await screen.findByRole('table', { name: 'API tokens' });

    fireEvent.click(screen.getByRole('button', { name: 'I copied it' }));
    await waitFor(() => expect(screen.queryByText('cspx_secret-value')).toBeNull());
  });

  it('refuses a token without a name before calling the server', async () => {
    renderWithProviders(<CreateTokenForm now={now} />);

    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Give the token a name');
  });

  it('lists tokens with access, state and last use, and revokes one after confirmation', async () => {
    const unused = apiToken('t2', 'Old script', { expiresAt: '2026-01-01T00:00:00.000Z' });
    renderWithProviders(<ApiTokensTable now={now} />, {
      mocks: [
        tokensMock([siem, unused]),
        {
          request: { query: RevokeApiTokenDocument, variables: { id: 't1' } },
          result: { data: { revokeApiToken: { ...siem, revokedAt: '2026-03-01T12:00:00.000Z' } } },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'API tokens' });
    const [, siemRow, oldRow] = within(table).getAllByRole('row');
    expect(siemRow?.textContent).toContain('Read and write');
    expect(siemRow?.textContent).toContain('Active');
    expect(siemRow?.textContent).not.toContain('Never');
    expect(oldRow?.textContent).toContain('Expired');
    expect(oldRow?.textContent).toContain('Never');
    expect(within(oldRow as HTMLElement).queryByRole('button', { name: /Revoke/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Revoke SIEM export' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke token' }));

    await waitFor(() => expect(siemRow?.textContent).toContain('Revoked'));
    expect(screen.queryByRole('button', { name: 'Revoke SIEM export' })).toBeNull();
  });

  it('explains when the server refuses to create a token from an API token', async () => {
    renderWithProviders(<CreateTokenForm now={now} />, {
      mocks: [
        {
          request: {
            query: CreateApiTokenDocument,
            variables: { input: { name: 'x', scopes: ['READ'], expiresAt: '2026-05-30T12:00:00.000Z' } },
          },
          result: apiError('FORBIDDEN', 'Forbidden', 'API_TOKEN_NOT_ALLOWED'),
        },
      ],
    });

    fireEvent.change(screen.getByLabelText(/^Token name/, { selector: 'input' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect((await screen.findByRole('alert')).textContent).toContain('API tokens cannot do this');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { viewerMock } from '../alerts/alertsFixtures';
import { DeleteMuteRuleDocument } from '../findings/mute';
import { CreateMuteRuleDocument } from './muteRules';
import { muteRule, optionsMocks, rulesMock } from './muteRulesFixtures';
import { MuteRulesPage } from './MuteRulesPage';

const LIVE = { expired: false };
const page = (mocks: NonNullable<Parameters<typeof renderWithProviders>[1]>['mocks'], url = '/findings/mute-rules') =>
  renderWithProviders(<MuteRulesPage />, { path: '/findings/mute-rules', url, mocks });

const scoped = muteRule('r1', {
  reason: 'Sandbox buckets are public by design',
  checkIds: ['s3_bucket_public_access'],
  accountIds: ['acc-1', '999999999999'],
  regions: ['eu-west-1'],
  resourcePattern: 'arn:aws:s3:::sandbox-*',
  tags: [{ __typename: 'Tag', key: 'env', value: 'sandbox' }],
  expiresAt: '2026-06-01T00:00:00.000Z',
  mutedFindingCount: 3,
});
const bulk = muteRule('r2', { reason: 'False positives', findingCount: 2, mutedFindingCount: 1 });

describe('MuteRulesPage', () => {
  it('lists the live rules: scope named in words, reason, what each mutes now, expiry, who and when', async () => {
    page([viewerMock('ANALYST'), ...optionsMocks, rulesMock(LIVE, [scoped, bulk])]);

    const table = await screen.findByRole('table', { name: 'Mute rules' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first!.textContent).toContain('Checks: S3-03');
    // Accounts by name when connected, a bare id otherwise.
    expect(first!.textContent).toContain('Accounts: Sandbox (111122223333), 999999999999');
    expect(first!.textContent).toContain('Regions: eu-west-1');
    expect(first!.textContent).toContain('Resources: arn:aws:s3:::sandbox-*');
    expect(first!.textContent).toContain('Tags: env=sandbox');
    expect(first!.textContent).toContain('Sandbox buckets are public by design');
    expect(first!.textContent).toContain('ana@example.com');
    const muted = within(first!).getByRole('link', { name: '3 findings' });
    expect(muted.getAttribute('href')).toBe('/findings?status=MUTED&rule=r1');
    expect(second!.textContent).toContain('Findings: 2 selected on the Findings page');
    expect(second!.textContent).toContain('Never');
    // An analyst may create rules but not delete them.
    expect(screen.getByText('Only administrators can delete mute rules.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Mute rules' }).getAttribute('aria-current')).toBe('page');
  });

  it('switches to expired rules through the URL and the API filter, with an empty state', async () => {
    const { router } = page([viewerMock('ANALYST'), ...optionsMocks, rulesMock(LIVE, [scoped]), rulesMock({ expired: true }, [])]);
    await screen.findByRole('table', { name: 'Mute rules' });

    fireEvent.click(screen.getByRole('radio', { name: 'Expired' }));

    await waitFor(() => expect(router.state.location.search).toBe('?state=expired'));
    expect(await screen.findByText('No expired mute rules.')).toBeTruthy();
  });

  it('reads the state from a shared URL and pages with Load more', async () => {
    const expired = muteRule('r3', { expired: true, expiresAt: '2026-01-01T00:00:00.000Z' });
    page(
      [
        viewerMock('ANALYST'),
        ...optionsMocks,
        rulesMock({}, [scoped], { totalCount: 3, hasNextPage: true }),
        rulesMock({}, [bulk, expired], { after: 'c-r1', totalCount: 3 }),
      ],
      '/findings/mute-rules?state=all',
    );
    await screen.findByText('Showing 1 of 3');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 3 of 3')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Mute rules' })).getByText('Expired')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error with a retry', async () => {
    page([
      viewerMock('ANALYST'),
      ...optionsMocks,
      { request: rulesMock(LIVE, []).request, error: new Error('socket hang up') },
      rulesMock(LIVE, [bulk]),
    ]);

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the mute rules');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('False positives')).toBeTruthy();
  });

  it('lets an admin delete a rule after a confirmation that says how many findings come back', async () => {
    let deleted: unknown = null;
    page([
      viewerMock('ADMIN'),
      ...optionsMocks,
      rulesMock(LIVE, [scoped, bulk]),
      {
        request: { query: DeleteMuteRuleDocument, variables: { id: 'r1' } },
        result: () => {
          deleted = 'r1';
          return { data: { deleteMuteRule: true } };
        },
      },
      rulesMock(LIVE, [bulk]),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Delete the mute rule “Sandbox buckets are public by design”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this mute rule?' });
    expect(dialog.textContent).toContain('The 3 findings it mutes come back at once');
    // Cancel first, as every destructive dialog offers.
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete mute rule' }));

    await waitFor(() => expect(deleted).toBe('r1'));
    await waitFor(() => expect(screen.queryByText('Sandbox buckets are public by design')).toBeNull());
    expect(screen.getByText('False positives')).toBeTruthy();
  });
});

describe('MuteRulesPage: new rule', () => {
  it('checks the reason and the scope before sending anything', async () => {
    page([viewerMock('ANALYST'), ...optionsMocks, rulesMock(LIVE, [])]);
    fireEvent.click(await screen.findByRole('button', { name: 'New mute rule' }));

    fireEvent.click(screen.getByRole('button', { name: 'Create mute rule' }));

    expect(await screen.findByText(/A reason is required/)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/would mute everything/);
  });

  it('creates a rule from the scope form and says how many findings it mutes now', async () => {
    let sent: unknown = null;
    page([
      viewerMock('ANALYST'),
      ...optionsMocks,
      rulesMock(LIVE, []),
      {
        request: { query: CreateMuteRuleDocument, variables: () => true },
        result: (variables: unknown) => {
          sent = variables;
          return { data: { createMuteRule: { __typename: 'MuteRule', id: 'r9', mutedFindingCount: 4 } } };
        },
      },
      rulesMock(LIVE, [muteRule('r9', { reason: 'Sandbox account', mutedFindingCount: 4 })]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'New mute rule' }));
    const form = screen.getByRole('region', { name: 'New mute rule' });

    fireEvent.change(within(form).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Sandbox account' } });
    // Checks and accounts are picked from the catalogue and the connected accounts by name.
    fireEvent.click(within(form).getByRole('combobox', { name: 'Checks' }));
    fireEvent.click(await screen.findByRole('option', { name: 'S3-03 · S3 bucket is not publicly accessible' }));
    fireEvent.click(within(form).getByRole('combobox', { name: 'Accounts' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sandbox (111122223333)' }));
    const regions = within(form).getByRole('combobox', { name: 'Regions' });
    // Typed by a person: the field has focus (Mantine ignores changes to an unfocused field, e.g. autofill).
    regions.focus();
    fireEvent.change(regions, { target: { value: 'eu-west-1' } });
    fireEvent.keyDown(regions, { key: 'Enter' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Resource ARN or id pattern/ }), { target: { value: 'arn:aws:s3:::sandbox-*' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Tags/ }), { target: { value: 'env=sandbox' } });
    fireEvent.change(within(form).getByLabelText(/Mute until/), { target: { value: '2999-12-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create mute rule' }));

    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          reason: 'Sandbox account',
          checkIds: ['s3_bucket_public_access'],
          accountIds: ['acc-1'],
          regions: ['eu-west-1'],
          resourcePattern: 'arn:aws:s3:::sandbox-*',
          tags: [{ key: 'env', value: 'sandbox' }],
          expiresAt: new Date(3000, 0, 1).toISOString(),
        },
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain('It mutes 4 findings now');
    expect(await screen.findByText('Sandbox account')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'New mute rule' })).toBeNull();
  });

  it('shows the server refusal (BAD_USER_INPUT) at the field it names, and keeps the form', async () => {
    page([
      viewerMock('ANALYST'),
      ...optionsMocks,
      rulesMock(LIVE, []),
      {
        request: { query: CreateMuteRuleDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError('`resourcePattern` must be at most 2048 characters.', {
              extensions: { code: 'BAD_USER_INPUT', field: 'resourcePattern' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'New mute rule' }));
    const form = screen.getByRole('region', { name: 'New mute rule' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Too long a pattern' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Resource ARN or id pattern/ }), { target: { value: 'arn:aws:s3:::x*' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create mute rule' }));

    const field = within(form).getByRole('textbox', { name: /Resource ARN or id pattern/ });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('`resourcePattern` must be at most 2048 characters.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'New mute rule' })).toBeTruthy();
  });
});

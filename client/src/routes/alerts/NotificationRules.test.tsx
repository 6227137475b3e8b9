import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { CreateNotificationRuleDocument, DeleteNotificationRuleDocument } from './alerts';
import { rule, rulesMock, viewerMock } from './alertsFixtures';
import { NotificationRules } from './NotificationRules';

const critical = rule('n1', 'Critical to security', 'CRITICAL', ['secops@example.com', 'ciso@example.com']);
const high = rule('n2', 'High to on-call', 'HIGH', ['oncall@example.com']);

function fillRuleForm() {
  fireEvent.change(screen.getByLabelText(/^Name/, { selector: 'input' }), { target: { value: 'High to on-call' } });
  fireEvent.change(screen.getByLabelText('Minimum severity'), { target: { value: 'HIGH' } });
  fireEvent.change(screen.getByLabelText(/^Recipients/, { selector: 'textarea' }), {
    target: { value: 'OnCall@example.com,\noncall@example.com' },
  });
}

describe('NotificationRules', () => {
  it('lists the rules with their minimum severity as colour and text, and recipients', async () => {
    renderWithProviders(<NotificationRules />, { mocks: [viewerMock('ADMIN'), rulesMock([critical, high])] });

    const table = await screen.findByRole('table', { name: 'Notification rules' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('Critical to security');
    expect(rows[1]?.textContent).toContain('Critical');
    expect(rows[1]?.textContent).toContain('secops@example.com, ciso@example.com');
  });

  it('creates a rule with name, minimum severity and recipients, then shows it', async () => {
    renderWithProviders(<NotificationRules />, {
      mocks: [
        viewerMock('ADMIN'),
        rulesMock([critical]),
        {
          request: {
            query: CreateNotificationRuleDocument,
            variables: { input: { name: 'High to on-call', minSeverity: 'HIGH', recipients: ['oncall@example.com'] } },
          },
          result: { data: { createNotificationRule: { __typename: 'NotificationRule', id: 'n2', name: 'High to on-call' } } },
        },
        rulesMock([high, critical]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    fillRuleForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create rule' }));

    expect(await screen.findByRole('cell', { name: 'High to on-call' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create rule' })).toBeNull());
    expect(screen.getByRole('button', { name: 'New rule' })).toBeTruthy();
  });

  it("shows the server's reason when it refuses a rule, and keeps the form", async () => {
    renderWithProviders(<NotificationRules />, {
      mocks: [
        viewerMock('ADMIN'),
        rulesMock([]),
        {
          request: {
            query: CreateNotificationRuleDocument,
            variables: { input: { name: 'High to on-call', minSeverity: 'HIGH', recipients: ['oncall@example.com'] } },
          },
          result: {
            errors: [new GraphQLError('recipients: example.com does not accept mail', { extensions: { code: 'BAD_USER_INPUT' } })],
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    fillRuleForm();
    fireEvent.click(screen.getByRole('button', { name: 'Create rule' }));

    expect((await screen.findByRole('alert')).textContent).toContain('example.com does not accept mail');
    expect(screen.getByRole('button', { name: 'Create rule' })).toBeTruthy();
  });

  it('checks the recipients before sending anything', async () => {
    renderWithProviders(<NotificationRules />, { mocks: [viewerMock('ADMIN'), rulesMock([])] });
    fireEvent.click(await screen.findByRole('button', { name: 'New rule' }));
    fireEvent.change(screen.getByLabelText(/^Recipients/, { selector: 'textarea' }), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create rule' }));

    expect(await screen.findByText('"not-an-email" is not an email address.')).toBeTruthy();
  });

  it('deletes a rule only after the confirmation dialog', async () => {
    renderWithProviders(<NotificationRules />, {
      mocks: [
        viewerMock('ADMIN'),
        rulesMock([critical, high]),
        {
          request: { query: DeleteNotificationRuleDocument, variables: { id: 'n1' } },
          result: { data: { deleteNotificationRule: true } },
        },
        rulesMock([high]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete rule Critical to security' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete notification rule?' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('cell', { name: 'Critical to security' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete rule Critical to security' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete rule' }));

    await waitFor(() => expect(screen.queryByRole('cell', { name: 'Critical to security' })).toBeNull());
    expect(screen.getByRole('cell', { name: 'High to on-call' })).toBeTruthy();
  });

  it('tells an admin whose role was withdrawn that the server refused the deletion', async () => {
    renderWithProviders(<NotificationRules />, {
      mocks: [
        viewerMock('ADMIN'),
        rulesMock([critical]),
        {
          request: { query: DeleteNotificationRuleDocument, variables: { id: 'n1' } },
          result: { errors: [new GraphQLError('Administrators only', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete rule Critical to security' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete rule' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Your role does not allow this');
    expect(screen.getByRole('cell', { name: 'Critical to security' })).toBeTruthy();
  });

  it('hides creating and deleting from an analyst', async () => {
    renderWithProviders(<NotificationRules />, { mocks: [viewerMock('ANALYST'), rulesMock([critical])] });

    expect(await screen.findByRole('cell', { name: 'Critical to security' })).toBeTruthy();
    expect(screen.getByText('Only administrators can create or delete rules.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New rule' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete rule/ })).toBeNull();
  });

  it('says what to do when there is no rule', async () => {
    renderWithProviders(<NotificationRules />, { mocks: [viewerMock('ANALYST'), rulesMock([])] });

    expect(await screen.findByText('No notification rules yet')).toBeTruthy();
    expect(screen.getByText(/Ask an administrator/)).toBeTruthy();
  });
});

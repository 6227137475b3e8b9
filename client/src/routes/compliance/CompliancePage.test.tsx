import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountOptionsDocument } from '../../components/accountOptions';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ComplianceReportDocument } from './compliance';
import { accountOptions, complianceReport, control } from './complianceFixtures';
import { CompliancePage } from './CompliancePage';

const IAM = '1 Identity and Access Management';
const S3 = '2.1 Simple Storage Service (S3)';
const production = { id: 'acc-1', name: 'Production', awsAccountId: '123456789012' };
const staging = { id: 'acc-2', name: 'Staging', awsAccountId: '210987654321' };
const accounts = { request: { query: AccountOptionsDocument }, result: accountOptions([production, staging]) };
const v5 = complianceReport(
  'CIS_AWS_5_0_0',
  'acc-1',
  [control('1.1', IAM, 'MANUAL'), control('1.4', IAM, 'PASS'), control('2.1.1', S3, 'FAIL', 2), control('2.1.4', S3, 'UNKNOWN')],
  50,
);
const reportRequest = (framework: string, accountId: string) => ({
  query: ComplianceReportDocument,
  variables: { framework, accountId },
});

describe('CompliancePage', () => {
  it('shows the score and the controls grouped by section with text status labels (CIS 5.0.0 and the first account by default)', async () => {
    renderWithProviders(<CompliancePage />, {
      path: '/compliance',
      mocks: [accounts, { request: reportRequest('CIS_AWS_5_0_0', 'acc-1'), result: v5 }],
    });

    expect(screen.getByRole('heading', { name: 'Compliance' })).toBeTruthy();
    expect(await screen.findByText('Score: 50%')).toBeTruthy();
    const iam = within(screen.getByRole('region', { name: IAM }));
    expect(iam.getByText('Manual')).toBeTruthy();
    expect(iam.getByText('Pass')).toBeTruthy();
    const s3 = within(screen.getByRole('region', { name: S3 }));
    expect(s3.getByText('Fail')).toBeTruthy();
    expect(s3.getByText('Unknown')).toBeTruthy();
    expect(s3.getByText('1 failing')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'CIS AWS 5.0.0' }) as HTMLInputElement).checked).toBe(true);
  });

  it('drills down from a failing control to its open findings in that account', async () => {
    renderWithProviders(<CompliancePage />, {
      path: '/compliance',
      mocks: [accounts, { request: reportRequest('CIS_AWS_5_0_0', 'acc-1'), result: v5 }],
    });

    const drillDown = await screen.findByRole('link', { name: '2 failing findings for control 2.1.1' });
    const url = new URL(drillDown.getAttribute('href') ?? '', 'http://x');
    expect(url.pathname).toBe('/findings');
    expect(url.searchParams.get('framework')).toBe('CIS_AWS_5_0_0');
    expect(url.searchParams.get('control')).toBe('2.1.1');
    expect(url.searchParams.getAll('account')).toEqual(['123456789012']);
    expect(url.searchParams.getAll('status')).toEqual(['OPEN', 'REOPENED']);
  });

  it('switches framework and account through the URL', async () => {
    const { router } = renderWithProviders(<CompliancePage />, {
      path: '/compliance',
      mocks: [
        accounts,
        { request: reportRequest('CIS_AWS_5_0_0', 'acc-1'), result: v5 },
        {
          request: reportRequest('CIS_AWS_3_0_0', 'acc-1'),
          result: complianceReport('CIS_AWS_3_0_0', 'acc-1', [control('2.1.5', S3, 'PASS')], 100),
        },
        {
          request: reportRequest('CIS_AWS_3_0_0', 'acc-2'),
          result: complianceReport('CIS_AWS_3_0_0', 'acc-2', [control('2.1.5', S3, 'FAIL', 1)], 0),
        },
      ],
    });
    await screen.findByText('Score: 50%');

    fireEvent.click(screen.getByRole('radio', { name: 'CIS AWS 3.0.0' }));
    expect(await screen.findByText('Score: 100%')).toBeTruthy();
    expect(router.state.location.search).toBe('?framework=CIS_AWS_3_0_0');

    fireEvent.change(screen.getByRole('combobox', { name: 'Account' }), { target: { value: 'acc-2' } });
    expect(await screen.findByText('Score: 0%')).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe('?framework=CIS_AWS_3_0_0&account=acc-2'));
  });

  it('says when an account has no evaluated scan yet, and when no account is connected', async () => {
    renderWithProviders(<CompliancePage />, {
      path: '/compliance',
      url: '/compliance?account=acc-2',
      mocks: [accounts, { request: reportRequest('CIS_AWS_5_0_0', 'acc-2'), result: { data: { compliance: null } } }],
    });
    expect(await screen.findByText('No evaluated scan yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: "Open the account's scans" }).getAttribute('href')).toBe('/accounts/acc-2/scans');
  });

  it('asks to connect an account when there is none', async () => {
    renderWithProviders(<CompliancePage />, {
      path: '/compliance',
      mocks: [{ request: { query: AccountOptionsDocument }, result: accountOptions([]) }],
    });
    expect((await screen.findByRole('link', { name: 'Connect an AWS account' })).getAttribute('href')).toBe('/accounts?add=1');
  });
});

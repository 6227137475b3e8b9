import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AddAwsAccountDocument, StartScanDocument, TestAwsConnectionDocument } from '../accounts';
import { onboardingMock, runningScanMocks } from '../accountFixtures';
import { AddAccountWizard } from './AddAccountWizard';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly';

const testResult = (status: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'AwsConnectionTest',
  status,
  awsAccountId: null,
  callerArn: null,
  missingPermissions: [],
  problem: null,
  ...overrides,
});

function type(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { selector: 'input' }), { target: { value } });
}

describe('AddAccountWizard', () => {
  it('walks from the method to the templates, role ARN, Test connection, Add, then Scan now with a live progress bar', async () => {
    const onAdded = vi.fn();
    renderWithProviders(<AddAccountWizard onClose={() => undefined} onAdded={onAdded} />, {
      mocks: [
        onboardingMock,
        {
          request: { query: TestAwsConnectionDocument, variables: { input: { authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN } } },
          result: {
            data: {
              testAwsConnection: testResult('MISSING_PERMISSIONS', {
                awsAccountId: '123456789012',
                callerArn: 'arn:aws:sts::123456789012:assumed-role/CSPMEXA-ReadOnly/cspmexa-scan',
                missingPermissions: ['iam:GenerateCredentialReport', 's3:ListAllMyBuckets'],
                problem: 'Grant the role iam:GenerateCredentialReport, s3:ListAllMyBuckets.',
              }),
            },
          },
        },
        {
          request: { query: AddAwsAccountDocument, variables: { input: { name: 'Production', authMethod: 'ASSUME_ROLE', roleArn: ROLE_ARN } } },
          result: { data: { addAwsAccount: { __typename: 'AwsAccount', id: 'acc-9', name: 'Production', authMethod: 'ASSUME_ROLE' } } },
        },
        { request: { query: StartScanDocument, variables: { accountId: 'acc-9' } }, result: { data: { startScan: { __typename: 'Scan', id: 'scan-9', status: 'QUEUED' } } } },
        ...runningScanMocks('scan-9'),
      ],
    });

    // Step 1: a name is required before going on.
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Give the account a name.')).toBeTruthy();
    type(/^Name/, 'Production');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: the ExternalId and the role to create, each with a copy button.
    expect((await screen.findByLabelText('ExternalId')).textContent).toBe('ext-0rg-1d');
    expect(screen.getByLabelText('CloudFormation template', { selector: 'pre' }).textContent).toContain('AWSTemplateFormatVersion');
    for (const name of ['Copy ExternalId', 'Copy CloudFormation template']) expect(screen.getByRole('button', { name })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Terraform' }));
    expect((await screen.findByLabelText('Terraform', { selector: 'pre' })).textContent).toContain('aws_iam_role');
    expect(screen.getByRole('button', { name: 'Copy Terraform' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Trust policy' }));
    expect((await screen.findByLabelText('Trust policy', { selector: 'pre' })).textContent).toContain('sts:ExternalId');

    type(/^Role ARN/, 'arn:aws:iam::123:user/bob');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText(/Enter a role ARN like/)).toBeTruthy();
    type(/^Role ARN/, ROLE_ARN);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: Add stays disabled until the connection was tested.
    const add = await screen.findByRole('button', { name: 'Add account' });
    expect(add.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await screen.findByRole('status');
    expect(result.textContent).toContain('Connected, but permissions are missing');
    expect(result.textContent).toContain('123456789012');
    const missing = within(result).getByRole('list', { name: 'Missing permissions' });
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['iam:GenerateCredentialReport', 's3:ListAllMyBuckets']);
    await waitFor(() => expect(add.hasAttribute('disabled')).toBe(false));
    fireEvent.click(add);

    // Step 4: the account is added; Scan now follows the scan live.
    fireEvent.click(await screen.findByRole('button', { name: 'Scan Production now' }));
    expect(await screen.findByRole('progressbar', { name: 'Scan 40% done' })).toBeTruthy();
    expect(screen.getByText(/Collecting · 12 resources, 1 errors · 80 API calls/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel the scan of Production' })).toBeTruthy();
    expect(onAdded).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('takes access keys as a secret field and refuses to add an account whose keys were refused', async () => {
    const accessKeyId = 'AKIDEXAMPLEKEY000001';
    renderWithProviders(<AddAccountWizard onClose={() => undefined} onAdded={() => undefined} />, {
      mocks: [
        {
          request: { query: TestAwsConnectionDocument, variables: { input: { authMethod: 'ACCESS_KEYS', accessKeyId, secretAccessKey: 'secret/value+1234567890' } } },
          result: { data: { testAwsConnection: testResult('INVALID_CREDENTIALS', { problem: 'The access keys were refused or could not be found.' }) } },
        },
      ],
    });
    type(/^Name/, 'Legacy');
    fireEvent.click(screen.getByLabelText('Access keys'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    const secret = await screen.findByLabelText(/^Secret access key/, { selector: 'input' });
    expect(secret.getAttribute('type')).toBe('password');
    type(/^Access key id/, accessKeyId);
    fireEvent.change(secret, { target: { value: 'secret/value+1234567890' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Test connection' }));

    expect((await screen.findByRole('status')).textContent).toContain('The credentials were refused');
    expect(screen.getByRole('button', { name: 'Add account' }).hasAttribute('disabled')).toBe(true);
  });
});

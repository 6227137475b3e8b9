import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ScanErrorsList } from './ScanErrorsList';
import { ScanErrorsDocument } from './scans';

const request = { query: ScanErrorsDocument, variables: { id: 's2' } };
const throttled = { __typename: 'ScanError', api: 'iam:GenerateCredentialReport', region: 'global', resourceArn: null, code: 'Throttling', message: 'Rate exceeded' };
const answer = (scan: unknown) => ({ request, result: { data: { scan } } });

describe('ScanErrorsList', () => {
  it('says no error was recorded when the scan kept none', async () => {
    renderWithProviders(<ScanErrorsList scanId="s2" />, { mocks: [answer({ __typename: 'Scan', id: 's2', errorCount: 0, errors: [] })] });

    expect(await screen.findByText('No error was recorded.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says how many errors were dropped when the scan kept only the first ones', async () => {
    renderWithProviders(<ScanErrorsList scanId="s2" />, { mocks: [answer({ __typename: 'Scan', id: 's2', errorCount: 250, errors: [throttled] })] });

    expect(await screen.findByRole('table', { name: 'Scan errors' })).toBeTruthy();
    expect(screen.getByText('The first 1 of 250 errors are kept.')).toBeTruthy();
  });

  it('shows an error with a retry', async () => {
    renderWithProviders(<ScanErrorsList scanId="s2" />, {
      mocks: [{ request, error: new Error('socket hang up') }, answer({ __typename: 'Scan', id: 's2', errorCount: 1, errors: [throttled] })],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the scan errors');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findByRole('table', { name: 'Scan errors' })).textContent).toContain('Throttling');
  });
});

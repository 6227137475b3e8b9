import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { viewerMock } from '../../alerts/alertsFixtures';
import { ScanProgressDocument } from '../accounts';
import { AddDemoAccountButton } from './AddDemoAccountButton';
import { AddDemoAccountDocument } from './demoAccount';

const added = {
  request: { query: AddDemoAccountDocument },
  result: {
    data: {
      addDemoAccount: { __typename: 'AwsAccount', id: 'demo-1', name: 'Demo: Example Corp (fictional)', demo: true, lastScan: { __typename: 'Scan', id: 's-demo', status: 'QUEUED' } },
    },
  },
};

function scanState(status: string, evaluated: boolean) {
  return {
    request: { query: ScanProgressDocument, variables: { id: 's-demo' } },
    result: {
      data: {
        scan: {
          __typename: 'Scan',
          id: 's-demo',
          status,
          finishedAt: evaluated ? '2026-01-01T10:00:05.000Z' : null,
          resourceCount: evaluated ? 135 : 0,
          errorCount: 0,
          failureReason: null,
          evaluation: evaluated ? { __typename: 'ScanEvaluation', evaluatedAt: '2026-01-01T10:00:06.000Z', opened: 160 } : null,
        },
      },
    },
  };
}

describe('AddDemoAccountButton', () => {
  it('adds the demo account and follows its first scan until the findings are in', async () => {
    let addedCalls = 0;
    let settled = 0;
    renderWithProviders(<AddDemoAccountButton onAdded={() => (addedCalls += 1)} onSettled={() => (settled += 1)} />, {
      mocks: [viewerMock('ADMIN'), added, scanState('COMPLETED', true)],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Add the demo account' }));
    expect(await screen.findByText(/Scanning the demo account/)).toBeTruthy();
    expect(await screen.findByText(/135 resources, 0 errors · 160 findings opened/)).toBeTruthy();
    expect(addedCalls).toBe(1);
    expect(settled).toBe(1);
  });

  it('shows why the demo account could not be added', async () => {
    renderWithProviders(<AddDemoAccountButton />, {
      mocks: [viewerMock('ADMIN'), { request: { query: AddDemoAccountDocument }, error: new Error('network down') }],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Add the demo account' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Could not add the demo account. Try again.');
  });

  it('is offered to admins only, and not once the organisation has it', async () => {
    const analyst = renderWithProviders(<AddDemoAccountButton />, { mocks: [viewerMock('ANALYST')] });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: 'Add the demo account' })).toBeNull();
    analyst.unmount();
    renderWithProviders(<AddDemoAccountButton alreadyAdded />, { mocks: [viewerMock('ADMIN')] });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: 'Add the demo account' })).toBeNull();
  });
});

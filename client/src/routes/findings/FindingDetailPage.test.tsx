import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ViewerDocument } from '../shell/me';
import { FindingDetailDocument } from './finding';
import { findingDetail } from './findingDetailFixtures';
import { FindingDetailPage } from './FindingDetailPage';
import { DeleteMuteRuleDocument, MuteFindingsDocument } from './mute';

const ALWAYS = Number.POSITIVE_INFINITY;
const viewer = (role: 'ADMIN' | 'ANALYST') => ({
  request: { query: ViewerDocument },
  result: { data: { me: { __typename: 'User', id: 'u-1', email: 'ana@example.com', role } } },
  maxUsageCount: ALWAYS,
});
const detailRequest = { query: FindingDetailDocument, variables: { id: 'f-1' } };
const open = { path: '/findings/:findingId', url: '/findings/f-1' };

describe('FindingDetailPage', () => {
  it('shows remediation with copyable AWS CLI and Terraform, compliance controls, references and the history', async () => {
    renderWithProviders(<FindingDetailPage />, {
      ...open,
      mocks: [viewer('ANALYST'), { request: detailRequest, result: findingDetail() }],
    });

    expect(await screen.findByRole('heading', { name: 'S3 bucket is not publicly accessible' })).toBeTruthy();
    expect(screen.getByText('Turn on Block Public Access for the bucket.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy AWS CLI' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy Terraform' })).toBeTruthy();
    expect(screen.getByText('aws s3api put-public-access-block --bucket <bucket>')).toBeTruthy();
    expect(screen.getByText('Anyone on the internet can read the objects.')).toBeTruthy();

    const control = screen.getByRole('link', { name: 'CIS AWS 5.0.0 2.1.4' });
    expect(control.getAttribute('href')).toBe('/compliance?framework=CIS_AWS_5_0_0');

    const references = within(screen.getByRole('list', { name: 'References' }));
    expect(references.getAllByRole('link')).toHaveLength(1);
    expect(references.getByRole('link').getAttribute('rel')).toBe('noopener noreferrer');
    // A non-web reference is shown as text, never as a clickable javascript: URL.
    expect(references.getByText('javascript:alert(1)').tagName).not.toBe('A');

    const history = within(screen.getByRole('region', { name: 'History' }));
    expect(history.getByText('Found (Open)')).toBeTruthy();
    expect(history.getByText('Open → Resolved')).toBeTruthy();
    expect(history.getByText('Resolved → Reopened')).toBeTruthy();
  });

  it('mutes this finding with a reason', async () => {
    let mutedWith: unknown = null;
    renderWithProviders(<FindingDetailPage />, {
      ...open,
      mocks: [
        viewer('ANALYST'),
        { request: detailRequest, result: findingDetail(), maxUsageCount: ALWAYS },
        {
          request: { query: MuteFindingsDocument, variables: () => true },
          result: (variables: unknown) => {
            mutedWith = variables;
            return { data: { muteFindings: { __typename: 'MuteRule', id: 'r-1', findingCount: 1, expiresAt: null } } };
          },
        },
      ],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Mute this finding' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mute 1 finding' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Static website' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mute 1 finding' }));

    await waitFor(() => expect(mutedWith).toEqual({ ids: ['f-1'], reason: 'Static website', expiresAt: null }));
  });

  it('shows why a muted finding is muted, and lets an admin unmute it after confirming', async () => {
    let deleted: unknown = null;
    const muted = findingDetail({
      status: 'MUTED',
      muteRule: {
        __typename: 'MuteRule',
        id: 'rule-9',
        reason: 'Public by design',
        expiresAt: null,
        createdByEmail: 'ana@example.com',
        mutedFindingCount: 3,
      },
    });
    renderWithProviders(<FindingDetailPage />, {
      ...open,
      mocks: [
        viewer('ADMIN'),
        { request: detailRequest, result: muted, maxUsageCount: ALWAYS },
        {
          request: { query: DeleteMuteRuleDocument, variables: { id: 'rule-9' } },
          result: () => {
            deleted = 'rule-9';
            return { data: { deleteMuteRule: true } };
          },
        },
      ],
    });

    expect(await screen.findByText('“Public by design”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mute this finding' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Unmute' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unmute by deleting the mute rule?' });
    expect(within(dialog).getByText(/mutes 3 findings/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete mute rule' }));

    await waitFor(() => expect(deleted).toBe('rule-9'));
  });

  it('hides Unmute from an analyst: deleting a mute rule is for admins', async () => {
    renderWithProviders(<FindingDetailPage />, {
      ...open,
      mocks: [
        viewer('ANALYST'),
        {
          request: detailRequest,
          result: findingDetail({
            status: 'MUTED',
            muteRule: { __typename: 'MuteRule', id: 'r', reason: 'Accepted', expiresAt: '2026-12-31T00:00:00.000Z', createdByEmail: 'a@b.c', mutedFindingCount: 1 },
          }),
        },
      ],
    });

    expect(await screen.findByText('“Accepted”')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unmute' })).toBeNull();
  });

  it('says so when the finding does not exist', async () => {
    renderWithProviders(<FindingDetailPage />, {
      ...open,
      mocks: [viewer('ANALYST'), { request: detailRequest, result: { data: { finding: null } } }],
    });

    expect(await screen.findByText(/does not exist/)).toBeTruthy();
  });
});

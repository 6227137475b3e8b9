import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FindingsQuery } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { FINDINGS_PAGE_SIZE, FindingsDocument } from './findings';
import { FindingsPage } from './FindingsPage';

type FindingNode = FindingsQuery['findings']['edges'][number]['node'];

function finding(id: string, title: string, severity: FindingNode['severity']): FindingNode {
  return {
    __typename: 'Finding',
    id,
    shortId: `F-${id}`,
    title,
    severity,
    status: 'OPEN',
    checkId: 's3_bucket_public_access_blocked',
    resourceArn: `arn:aws:s3:::bucket-${id}`,
    region: 'eu-west-1',
    accountId: '123456789012',
    firstSeenAt: '2026-01-01T10:00:00.000Z',
    lastSeenAt: '2026-01-02T10:00:00.000Z',
  };
}

function page(nodes: FindingNode[], { totalCount = nodes.length, endCursor = 'c-end', hasNextPage = false } = {}) {
  return {
    data: {
      findings: {
        __typename: 'FindingConnection' as const,
        totalCount,
        edges: nodes.map((node) => ({ __typename: 'FindingEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      },
    },
  };
}

const publicBucket = finding('1', 'S3 bucket allows public access', 'CRITICAL');
const openSsh = finding('2', 'Security group allows SSH from anywhere', 'HIGH');
const noMfa = finding('3', 'Root account has no MFA', 'CRITICAL');

describe('FindingsPage', () => {
  it('renders one row per finding, each linking to its details', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: page([publicBucket, openSsh]),
        },
      ],
    });

    expect(screen.getByRole('heading', { name: 'Findings' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: publicBucket.title });
    expect(link.getAttribute('href')).toBe('/findings/1');
    expect(screen.getByRole('link', { name: openSsh.title })).toBeTruthy();
    // Header row + two findings.
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('puts a severity filter in the URL and queries the server with it', async () => {
    const { router } = renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: page([publicBucket, openSsh]),
        },
        {
          request: {
            query: FindingsDocument,
            variables: { filter: { severities: ['CRITICAL'] }, first: FINDINGS_PAGE_SIZE },
          },
          result: page([publicBucket, noMfa]),
        },
      ],
    });
    await screen.findByRole('link', { name: openSsh.title });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Critical' }));

    await waitFor(() => expect(router.state.location.search).toBe('?severity=CRITICAL'));
    expect(await screen.findByRole('link', { name: noMfa.title })).toBeTruthy();
    expect(screen.queryByRole('link', { name: openSsh.title })).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Critical' }) as HTMLInputElement).checked).toBe(true);
  });

  it('reads the filters of a shared URL', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      url: '/findings?severity=HIGH&status=OPEN&severity=bogus',
      mocks: [
        {
          request: {
            query: FindingsDocument,
            variables: { filter: { severities: ['HIGH'], statuses: ['OPEN'] }, first: FINDINGS_PAGE_SIZE },
          },
          result: page([openSsh]),
        },
      ],
    });

    expect(await screen.findByRole('link', { name: openSsh.title })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'High' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Open' }) as HTMLInputElement).checked).toBe(true);
  });

  it('loads the next page after the end cursor and appends it', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: page([publicBucket], { totalCount: 2, endCursor: 'cursor-1', hasNextPage: true }),
        },
        {
          request: {
            query: FindingsDocument,
            variables: { filter: {}, first: FINDINGS_PAGE_SIZE, after: 'cursor-1' },
          },
          result: page([openSsh], { totalCount: 2, endCursor: 'cursor-2', hasNextPage: false }),
        },
      ],
    });
    await screen.findByRole('link', { name: publicBucket.title });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: openSsh.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: publicBucket.title })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error with a retry that reloads the list', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          error: new Error('socket hang up'),
        },
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: page([publicBucket]),
        },
      ],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load findings');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: publicBucket.title })).toBeTruthy();
  });

  it('says what to do when there are no findings yet', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        { request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } }, result: page([]) },
      ],
    });

    expect(await screen.findByText('No findings yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Connect an AWS account/ }).getAttribute('href')).toBe('/accounts');
  });
});

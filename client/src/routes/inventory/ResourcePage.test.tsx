import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { RESOURCE_FINDINGS_PAGE_SIZE, ResourceDetailDocument, ResourceFindingsDocument } from './resource';
import { emptyHistory } from './resourceHistoryFixtures';
import { ResourcePage } from './ResourcePage';

const path = '/inventory/:resourceId';
const url = '/inventory/r1';

const detail = {
  request: { query: ResourceDetailDocument, variables: { id: 'r1' } },
  result: {
    data: {
      resource: {
        __typename: 'Resource',
        id: 'r1',
        arn: 'arn:aws:s3:::logs-bucket',
        kind: 'aws.s3.bucket',
        name: 'logs-bucket',
        accountId: '123456789012',
        region: 'eu-west-1',
        tags: { team: 'platform', env: 'prod' },
        config: { versioning: { status: 'Enabled' }, publicAccessBlock: null },
        firstSeenAt: '2026-01-01T10:00:00.000Z',
        lastSeenAt: '2026-01-02T10:00:00.000Z',
        deletedAt: null,
        account: { __typename: 'AwsAccount', id: 'acc-1', name: 'Production' },
      },
    },
  },
};

function findingsPage(nodes: { id: string; title: string }[], { hasNextPage = false, endCursor = 'f-end' } = {}) {
  return {
    data: {
      resource: {
        __typename: 'Resource',
        id: 'r1',
        findings: {
          __typename: 'FindingConnection',
          totalCount: nodes.length + (hasNextPage ? 1 : 0),
          edges: nodes.map(({ id, title }) => ({
            __typename: 'FindingEdge',
            cursor: `c-${id}`,
            node: {
              __typename: 'Finding',
              id,
              title,
              shortId: 'S3-03',
              severity: 'CRITICAL',
              status: 'OPEN',
              lastSeenAt: '2026-01-02T10:00:00.000Z',
            },
          })),
          pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
        },
      },
    },
  };
}

const findingsRequest = { query: ResourceFindingsDocument, variables: { id: 'r1', first: RESOURCE_FINDINGS_PAGE_SIZE } };

describe('ResourcePage', () => {
  it("shows the resource's account, region, ARN, first/last seen and tags", async () => {
    renderWithProviders(<ResourcePage />, {
      path,
      url,
      mocks: [detail, { request: findingsRequest, result: findingsPage([]) }, emptyHistory],
    });

    expect(await screen.findByRole('heading', { name: 'logs-bucket' })).toBeTruthy();
    expect(screen.getByText('arn:aws:s3:::logs-bucket')).toBeTruthy();
    expect(screen.getByText('Production (123456789012)')).toBeTruthy();
    expect(screen.getByText('eu-west-1')).toBeTruthy();
    expect(screen.getByText('S3 bucket')).toBeTruthy();
    expect(screen.getByText('First seen')).toBeTruthy();
    const tags = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(tags.map((tag) => tag.textContent)).toEqual(['env = prod', 'team = platform']);
    expect(await screen.findByText('No check has failed on this resource.')).toBeTruthy();
  });

  it('keeps the configuration collapsed until asked, then shows it as JSON', async () => {
    renderWithProviders(<ResourcePage />, {
      path,
      url,
      mocks: [detail, { request: findingsRequest, result: findingsPage([]) }, emptyHistory],
    });
    const toggle = await screen.findByRole('button', { name: 'Show configuration' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Configuration JSON' })).toBeNull();

    fireEvent.click(toggle);

    expect(screen.getByRole('button', { name: 'Hide configuration' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'Configuration JSON' }).textContent).toContain('"status": "Enabled"');
  });

  it('lists its findings from the federated Resource.findings field, each linking to the finding', async () => {
    renderWithProviders(<ResourcePage />, {
      path,
      url,
      mocks: [
        detail,
        {
          request: findingsRequest,
          result: findingsPage([{ id: 'f1', title: 'S3 bucket is not publicly accessible' }], { hasNextPage: true }),
        },
        {
          request: { ...findingsRequest, variables: { ...findingsRequest.variables, after: 'f-end' } },
          result: findingsPage([{ id: 'f2', title: 'S3 bucket has versioning enabled' }]),
        },
        emptyHistory,
      ],
    });

    const link = await screen.findByRole('link', { name: 'S3 bucket is not publicly accessible' });
    expect(link.getAttribute('href')).toBe('/findings/f1');
    expect(screen.getByText('Critical')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect((await screen.findByRole('link', { name: 'S3 bucket has versioning enabled' })).getAttribute('href')).toBe('/findings/f2');
    expect(screen.getByRole('link', { name: 'S3 bucket is not publicly accessible' })).toBeTruthy();
  });

  it('still shows the resource when its findings cannot be read', async () => {
    renderWithProviders(<ResourcePage />, {
      path,
      url,
      mocks: [detail, { request: findingsRequest, error: new Error('findings subgraph down') }, emptyHistory],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the findings');
    expect(screen.getByRole('heading', { name: 'logs-bucket' })).toBeTruthy();
  });

  it('says so when the resource is not in the organisation', async () => {
    renderWithProviders(<ResourcePage />, {
      path,
      url,
      mocks: [{ request: { query: ResourceDetailDocument, variables: { id: 'r1' } }, result: { data: { resource: null } } }],
    });

    expect(await screen.findByText(/does not exist, or it is not in your organisation/)).toBeTruthy();
  });
});

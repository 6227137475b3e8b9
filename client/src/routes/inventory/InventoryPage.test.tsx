import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResourcesTable_ResourceFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ACCOUNT_OPTIONS_PAGE_SIZE, INVENTORY_PAGE_SIZE, InventoryAccountOptionsDocument, ResourcesDocument } from './inventory';
import { InventoryPage } from './InventoryPage';

function resource(id: string, name: string, kind = 'aws.s3.bucket'): ResourcesTable_ResourceFragment {
  return {
    __typename: 'Resource',
    id,
    name,
    kind,
    arn: `arn:aws:s3:::${name}`,
    accountId: '123456789012',
    region: 'eu-west-1',
    lastSeenAt: '2026-01-02T10:00:00.000Z',
    account: { __typename: 'AwsAccount', id: 'acc-1', name: 'Production' },
  };
}

function page(nodes: ResourcesTable_ResourceFragment[], { totalCount = nodes.length, endCursor = 'c-end', hasNextPage = false } = {}) {
  return {
    data: {
      resources: {
        __typename: 'ResourceConnection' as const,
        totalCount,
        edges: nodes.map((node) => ({ __typename: 'ResourceEdge' as const, cursor: `c-${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      },
    },
  };
}

const accountOptions = {
  request: { query: InventoryAccountOptionsDocument, variables: { first: ACCOUNT_OPTIONS_PAGE_SIZE } },
  result: {
    data: {
      awsAccounts: {
        __typename: 'AwsAccountConnection',
        edges: [
          { __typename: 'AwsAccountEdge', node: { __typename: 'AwsAccount', id: 'acc-1', name: 'Production', awsAccountId: '123456789012' } },
          { __typename: 'AwsAccountEdge', node: { __typename: 'AwsAccount', id: 'acc-2', name: 'Staging', awsAccountId: null } },
        ],
      },
    },
  },
};

function resources(filter: object, result: ReturnType<typeof page>, after?: string) {
  return {
    request: { query: ResourcesDocument, variables: { filter, first: INVENTORY_PAGE_SIZE, ...(after && { after }) } },
    result,
  };
}

const logs = resource('r1', 'logs-bucket');
const assets = resource('r2', 'assets-bucket');
const web = resource('r3', 'web-server', 'aws.ec2.instance');

describe('InventoryPage', () => {
  it('lists resources with their kind, account and region, each linking to its page', async () => {
    renderWithProviders(<InventoryPage />, {
      path: '/inventory',
      mocks: [accountOptions, resources({}, page([logs, web]))],
    });

    expect(screen.getByRole('heading', { name: 'Inventory' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'logs-bucket' });
    expect(link.getAttribute('href')).toBe('/inventory/r1');
    expect(screen.getByRole('cell', { name: 'EC2 instance' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('puts the kind and account filters in the URL and queries the server with them', async () => {
    const { router } = renderWithProviders(<InventoryPage />, {
      path: '/inventory',
      mocks: [
        accountOptions,
        resources({}, page([logs, web])),
        resources({ kind: 'aws.ec2.instance' }, page([web])),
        resources({ kind: 'aws.ec2.instance', accountId: 'acc-2' }, page([])),
      ],
    });
    await screen.findByRole('link', { name: 'logs-bucket' });
    await screen.findByRole('option', { name: 'Staging' });

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'aws.ec2.instance' } });
    await waitFor(() => expect(router.state.location.search).toBe('?kind=aws.ec2.instance'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'logs-bucket' })).toBeNull());
    expect(await screen.findByRole('link', { name: 'web-server' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Account'), { target: { value: 'acc-2' } });
    await waitFor(() => expect(router.state.location.search).toBe('?kind=aws.ec2.instance&account=acc-2'));
    expect(await screen.findByText('No resources match these filters')).toBeTruthy();
  });

  it('applies the region and text fields on submit and reads them back from a shared URL', async () => {
    const { router } = renderWithProviders(<InventoryPage />, {
      path: '/inventory',
      url: '/inventory?region=eu-west-1',
      mocks: [
        accountOptions,
        resources({ region: 'eu-west-1' }, page([logs, assets])),
        resources({ region: 'eu-west-1', text: 'logs' }, page([logs])),
      ],
    });
    await screen.findByRole('link', { name: 'assets-bucket' });
    expect((screen.getByLabelText('Region') as HTMLInputElement).value).toBe('eu-west-1');

    fireEvent.change(screen.getByLabelText('Name or ARN contains'), { target: { value: 'logs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(router.state.location.search).toBe('?region=eu-west-1&q=logs'));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'assets-bucket' })).toBeNull());
    expect(await screen.findByRole('link', { name: 'logs-bucket' })).toBeTruthy();
  });

  it('loads the next page after the end cursor and appends it', async () => {
    renderWithProviders(<InventoryPage />, {
      path: '/inventory',
      mocks: [
        accountOptions,
        resources({}, page([logs], { totalCount: 2, endCursor: 'cursor-1', hasNextPage: true })),
        resources({}, page([assets], { totalCount: 2, endCursor: 'cursor-2' }), 'cursor-1'),
      ],
    });
    await screen.findByRole('link', { name: 'logs-bucket' });
    expect(screen.getByText('Showing 1 of 2')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'assets-bucket' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'logs-bucket' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error with a retry that reloads the list', async () => {
    renderWithProviders(<InventoryPage />, {
      path: '/inventory',
      mocks: [
        accountOptions,
        { request: { query: ResourcesDocument, variables: { filter: {}, first: INVENTORY_PAGE_SIZE } }, error: new Error('socket hang up') },
        resources({}, page([logs])),
      ],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the inventory');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'logs-bucket' })).toBeTruthy();
  });

  it('says to scan an account when nothing was collected yet', async () => {
    renderWithProviders(<InventoryPage />, { path: '/inventory', mocks: [accountOptions, resources({}, page([]))] });

    expect(await screen.findByText('No resources collected yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Connect an AWS account/ }).getAttribute('href')).toBe('/accounts');
  });
});

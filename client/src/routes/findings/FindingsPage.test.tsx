import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { FindingFacetsDocument, FINDINGS_PAGE_SIZE, FindingsDocument } from './findings';
import { facets, findingsPage, noMfa, openSsh, publicBucket, unfilteredMocks } from './findingsFixtures';
import { FindingsPage } from './FindingsPage';

const checkbox = (name: RegExp | string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('FindingsPage (triage)', () => {
  it('renders one row per finding, each linking to its details, and the facet counts from findingFacets', async () => {
    renderWithProviders(<FindingsPage />, { path: '/findings', mocks: unfilteredMocks() });

    expect(screen.getByRole('heading', { name: 'Findings' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: publicBucket.title });
    expect(link.getAttribute('href')).toBe('/findings/1');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
    // The resource leads with its short name, the full ARN under it.
    const row = within(link.closest('tr')!);
    expect(row.getByText(publicBucket.resourceArn.replace('arn:aws:s3:::', ''))).toBeTruthy();
    expect(row.getByText(publicBucket.resourceArn)).toBeTruthy();
    expect(await screen.findByRole('checkbox', { name: 'Critical (1)' })).toBeTruthy();
    const services = within(screen.getByRole('group', { name: 'Service' }));
    expect(services.getByRole('checkbox', { name: 'ec2 (1)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '123456789012 (2)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'ec2_sg_no_public_ssh (1)' })).toBeTruthy();
    // Severity lists every level in product order, even at zero.
    expect(screen.getByRole('checkbox', { name: 'Info (0)' })).toBeTruthy();
  });

  it('puts a facet in the URL and queries the list and the counts with it', async () => {
    const filter = { severities: ['CRITICAL'], services: ['s3'] };
    const { router } = renderWithProviders(<FindingsPage />, {
      path: '/findings',
      url: '/findings?severity=CRITICAL',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: { severities: ['CRITICAL'] }, first: FINDINGS_PAGE_SIZE } },
          result: findingsPage([publicBucket, noMfa]),
        },
        { request: { query: FindingFacetsDocument, variables: { filter: { severities: ['CRITICAL'] } } }, result: facets },
        { request: { query: FindingsDocument, variables: { filter, first: FINDINGS_PAGE_SIZE } }, result: findingsPage([publicBucket]) },
        { request: { query: FindingFacetsDocument, variables: { filter } }, result: facets },
      ],
    });
    await screen.findByRole('link', { name: noMfa.title });

    fireEvent.click(await screen.findByRole('checkbox', { name: 's3 (1)' }));

    await waitFor(() => expect(router.state.location.search).toBe('?severity=CRITICAL&service=s3'));
    await waitFor(() => expect(screen.getByText('Showing 1 of 1')).toBeTruthy());
    expect(screen.getByRole('link', { name: publicBucket.title })).toBeTruthy();
    expect(screen.queryByRole('link', { name: noMfa.title })).toBeNull();
    expect(checkbox('s3 (1)').checked).toBe(true);
  });

  it('reads every facet, the control drill-down and the sort from a shared URL', async () => {
    const filter = {
      severities: ['HIGH'],
      statuses: ['OPEN'],
      services: ['ec2'],
      accountIds: ['123456789012'],
      checkIds: ['ec2_sg_no_public_ssh'],
      control: { framework: 'CIS_AWS_5_0_0', controlId: '5.2' },
    };
    const { router } = renderWithProviders(<FindingsPage />, {
      path: '/findings',
      url:
        '/findings?severity=HIGH&status=OPEN&service=ec2&account=123456789012&check=ec2_sg_no_public_ssh' +
        '&framework=CIS_AWS_5_0_0&control=5.2&sort=last-seen',
      mocks: [
        {
          request: {
            query: FindingsDocument,
            variables: { filter, orderBy: { field: 'LAST_SEEN_AT', direction: 'DESC' }, first: FINDINGS_PAGE_SIZE },
          },
          result: findingsPage([openSsh]),
        },
        { request: { query: FindingFacetsDocument, variables: { filter } }, result: facets },
        {
          request: { query: FindingsDocument, variables: { filter: { ...filter, control: undefined }, orderBy: { field: 'LAST_SEEN_AT', direction: 'DESC' }, first: FINDINGS_PAGE_SIZE } },
          result: findingsPage([openSsh]),
        },
      ],
    });

    expect(await screen.findByRole('link', { name: openSsh.title })).toBeTruthy();
    expect(checkbox(/^High/).checked).toBe(true);
    expect(checkbox(/^Open/).checked).toBe(true);
    expect(checkbox(/^ec2 /).checked).toBe(true);
    expect(checkbox(/^123456789012/).checked).toBe(true);
    expect(checkbox(/^ec2_sg_no_public_ssh/).checked).toBe(true);
    expect(screen.getByText('Control CIS AWS 5.0.0 5.2')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Sort by' }) as HTMLSelectElement).value).toBe('last-seen');

    fireEvent.click(screen.getByRole('button', { name: 'Remove the control filter' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('control='));
  });

  it('searches free text after a pause in typing, once, with the text in the URL and the API filter', async () => {
    const asked: unknown[] = [];
    const { router } = renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        ...unfilteredMocks(),
        {
          request: { query: FindingsDocument, variables: (variables: { filter: { search?: string } }) => Boolean(variables.filter.search) },
          result: (variables: { filter: unknown }) => {
            asked.push(variables.filter);
            return findingsPage([publicBucket]);
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        { request: { query: FindingFacetsDocument, variables: { filter: { search: 'bucket-1' } } }, result: facets },
      ],
    });
    await screen.findByRole('link', { name: openSsh.title });
    const search = screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;

    for (const text of ['b', 'bu', 'bucket', 'bucket-1']) fireEvent.change(search, { target: { value: text } });

    await waitFor(() => expect(router.state.location.search).toBe('?q=bucket-1'));
    // The filtered page has replaced the unfiltered one (not merely a loading state in between).
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: openSsh.title })).toBeNull();
      expect(screen.getByRole('link', { name: publicBucket.title })).toBeTruthy();
    });
    // Only the text typed last reached the server: the keystrokes before it were absorbed by the pause.
    expect(asked).toEqual([{ search: 'bucket-1' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(search.value).toBe('');
  });

  it('reads the search text from a shared URL and applies it', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      url: '/findings?q=ssh&severity=HIGH',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: { severities: ['HIGH'], search: 'ssh' }, first: FINDINGS_PAGE_SIZE } },
          result: findingsPage([openSsh]),
        },
        { request: { query: FindingFacetsDocument, variables: { filter: { severities: ['HIGH'], search: 'ssh' } } }, result: facets },
      ],
    });

    expect(await screen.findByRole('link', { name: openSsh.title })).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('ssh');
  });

  it('sorts through the URL and the API orderBy', async () => {
    const { router } = renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        ...unfilteredMocks(),
        {
          request: {
            query: FindingsDocument,
            variables: { filter: {}, orderBy: { field: 'FIRST_SEEN_AT', direction: 'ASC' }, first: FINDINGS_PAGE_SIZE },
          },
          result: findingsPage([openSsh, publicBucket]),
        },
      ],
    });
    await screen.findByRole('link', { name: publicBucket.title });

    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'first-seen-old' } });

    await waitFor(() => expect(router.state.location.search).toBe('?sort=first-seen-old'));
    await waitFor(() => {
      const titles = screen.getAllByRole('link').map((link) => link.textContent);
      expect(titles.indexOf(openSsh.title)).toBeLessThan(titles.indexOf(publicBucket.title));
    });
  });

  it('loads the next page after the end cursor and appends it', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: findingsPage([publicBucket], { totalCount: 2, endCursor: 'cursor-1', hasNextPage: true }),
        },
        { request: { query: FindingFacetsDocument, variables: { filter: {} } }, result: facets },
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE, after: 'cursor-1' } },
          result: findingsPage([openSsh], { totalCount: 2, endCursor: 'cursor-2', hasNextPage: false }),
        },
      ],
    });
    await screen.findByRole('link', { name: publicBucket.title });

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: openSsh.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: publicBucket.title })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows an error with a retry that reloads the list, and keeps filtering when counts fail', async () => {
    renderWithProviders(<FindingsPage />, {
      path: '/findings',
      mocks: [
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          error: new Error('socket hang up'),
        },
        { request: { query: FindingFacetsDocument, variables: { filter: {} } }, error: new Error('socket hang up') },
        {
          request: { query: FindingsDocument, variables: { filter: {}, first: FINDINGS_PAGE_SIZE } },
          result: findingsPage([publicBucket]),
        },
      ],
    });

    expect((await screen.findByRole('alert')).textContent).toContain('Could not load findings');
    expect(await screen.findByText('Counts are unavailable right now.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: publicBucket.title })).toBeTruthy();
  });

  it('says what to do when there are no findings yet', async () => {
    renderWithProviders(<FindingsPage />, { path: '/findings', mocks: unfilteredMocks([]) });

    expect(await screen.findByText('No findings yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Connect an AWS account/ }).getAttribute('href')).toBe('/accounts');
  });
});

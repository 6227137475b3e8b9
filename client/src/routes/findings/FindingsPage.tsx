import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Grid, Group, NativeSelect, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { ExportButtons } from './ExportButtons';
import { FindingFacetsPanel } from './FindingFacetsPanel';
import { FindingSearch } from './FindingSearch';
import { FindingsTabs } from './FindingsTabs';
import { hasFindingFilters, readFindingView, toFindingFilter, writeFindingView } from './findingFilters';
import { FINDINGS_PAGE_SIZE, FindingFacetsDocument, FindingsDocument } from './findings';
import { FINDING_SORTS, isFindingSortKey, toFindingOrder } from './findingSort';
import { FindingsTable } from './FindingsTable';
import { MuteDialog } from './MuteDialog';

/** The triage page: facets with counts, text search, sort, bulk mute and exports, all driven by the URL. */
export function FindingsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readFindingView(searchParams), [searchParams]);
  const filter = useMemo(() => toFindingFilter(view.filters), [view.filters]);
  const orderBy = toFindingOrder(view.sort);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(FindingsDocument, {
    variables: { filter, ...(orderBy && { orderBy }), first: FINDINGS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const facets = useQuery(FindingFacetsDocument, { variables: { filter } });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [muting, setMuting] = useState(false);
  const connection = data?.findings;
  const findings = connection?.edges.map((edge) => edge.node) ?? [];
  // Only rows still on screen count: a filter change must not mute findings the person can no longer see.
  const selectedIds = findings.filter((finding) => selected.has(finding.id)).map((finding) => finding.id);

  const changeView = (next: typeof view) => {
    setSelected(new Set());
    setSearchParams(writeFindingView(searchParams, next));
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Findings</Title>
        <ExportButtons filter={filter} />
      </Group>
      <FindingsTabs current="findings" />
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <FindingFacetsPanel
            filters={view.filters}
            facets={facets.data?.findingFacets}
            facetsFailed={Boolean(facets.error)}
            onChange={(filters) => changeView({ ...view, filters })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack>
            <Group justify="space-between" align="end">
              <Group align="end" gap="sm">
                <FindingSearch
                  value={view.filters.search}
                  onChange={(search) => changeView({ ...view, filters: { ...view.filters, search } })}
                />
                <NativeSelect
                  label="Sort by"
                  size="xs"
                  value={view.sort}
                  data={Object.entries(FINDING_SORTS).map(([value, sort]) => ({ value, label: sort.label }))}
                  onChange={(event) => {
                    const sort = event.currentTarget.value;
                    if (isFindingSortKey(sort)) changeView({ ...view, sort });
                  }}
                />
              </Group>
              <Group gap="xs">
                <Text size="sm" aria-live="polite">
                  {selectedIds.length} selected
                </Text>
                <Button size="xs" disabled={selectedIds.length === 0} onClick={() => setMuting(true)}>
                  Mute
                </Button>
              </Group>
            </Group>
            {error && !connection ? (
              <ErrorState title="Could not load findings" error={error} onRetry={() => void refetch()} />
            ) : !connection ? (
              <Stack aria-busy="true" aria-label="Loading findings" gap="xs">
                {Array.from({ length: 6 }, (_, row) => (
                  <Skeleton key={row} h={36} />
                ))}
              </Stack>
            ) : findings.length === 0 ? (
              hasFindingFilters(view.filters) ? (
                <EmptyState title="No findings match these filters" description="Widen or clear the filters." />
              ) : (
                <EmptyState
                  title="No findings yet"
                  description={
                    <>
                      Findings appear after a scan. <Link to="/accounts">Connect an AWS account and run a scan.</Link>
                    </>
                  }
                />
              )
            ) : (
              <>
                <Text size="sm" c="dimmed" aria-live="polite">
                  Showing {findings.length} of {connection.totalCount}
                </Text>
                <FindingsTable findings={findings} selection={{ selected, onChange: setSelected }} />
                {connection.pageInfo.hasNextPage && (
                  <Center>
                    <Button
                      variant="default"
                      loading={networkStatus === NetworkStatus.fetchMore}
                      onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                    >
                      Load more
                    </Button>
                  </Center>
                )}
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <MuteDialog
        opened={muting}
        findingIds={selectedIds}
        onClose={() => setMuting(false)}
        onMuted={() => setSelected(new Set())}
      />
    </Stack>
  );
}

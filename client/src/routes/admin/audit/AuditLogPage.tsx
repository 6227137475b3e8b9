import { useQuery } from '@apollo/client/react';
import { EmptyState, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/ListSkeleton';
import { LoadMore } from '../../../components/LoadMore';
import { appendPage } from '../appendPage';
import { AUDIT_PAGE_SIZE, AuditActionsDocument, AuditActorsDocument, AuditEventsDocument } from './audit';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFiltersBar } from './AuditFiltersBar';
import { readAuditFilterParams, toAuditEventFilter, writeAuditFilterParams } from './auditFilters';
import { VerifyChainButton } from './VerifyChainButton';

/** Admin > Audit log: the organisation's hash-chained trail, filtered through the URL, newest first. */
export function AuditLogPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readAuditFilterParams(searchParams);
  const filter = toAuditEventFilter(params);
  const { data, error, refetch, fetchMore, loading } = useQuery(AuditEventsDocument, {
    variables: { first: AUDIT_PAGE_SIZE, ...(filter ? { filter } : {}) },
    notifyOnNetworkStatusChange: true,
  });
  // The actor list is a convenience: if it fails, the log still shows (with user ids).
  const actorsData = useQuery(AuditActorsDocument).data;
  const actors = useMemo(() => actorsData?.users.edges.map((edge) => edge.node) ?? [], [actorsData]);
  // Likewise the action names: without them the action filter is a text field.
  const actions = useQuery(AuditActionsDocument).data?.auditActions ?? null;
  const actorEmails = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.email])), [actors]);
  const connection = data?.auditEvents;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id="audit-title">
          Audit log
        </Title>
        <VerifyChainButton />
      </Group>
      <AuditFiltersBar params={params} actors={actors} actions={actions} onApply={(next) => setSearchParams(writeAuditFilterParams(next))} />
      {error && !connection ? (
        <ErrorState title="Could not load the audit log" error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <ListSkeleton label="Loading audit events" />
      ) : connection.edges.length === 0 ? (
        <EmptyState title="No audit events" description="Nothing matches these filters." />
      ) : (
        <>
          <AuditEventsTable events={connection.edges.map((edge) => edge.node)} actorEmails={actorEmails} />
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() =>
              void fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (shown, { fetchMoreResult }) => ({
                  auditEvents: appendPage(shown.auditEvents, fetchMoreResult.auditEvents),
                }),
              })
            }
          />
        </>
      )}
    </Stack>
  );
}

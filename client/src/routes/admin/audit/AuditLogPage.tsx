import { useQuery } from '@apollo/client/react';
import { EmptyState, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ConnectionLoadMore } from '../../../components/ConnectionLoadMore';
import { QueryState } from '../../../components/QueryState';
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
  const query = useQuery(AuditEventsDocument, {
    variables: { first: AUDIT_PAGE_SIZE, ...(filter ? { filter } : {}) },
    notifyOnNetworkStatusChange: true,
  });
  // The actor list is a convenience: if it fails, the log still shows (with user ids).
  const actorsData = useQuery(AuditActorsDocument).data;
  const actors = useMemo(() => actorsData?.users.edges.map((edge) => edge.node) ?? [], [actorsData]);
  // Likewise the action names: without them the action filter is a text field.
  const actions = useQuery(AuditActionsDocument).data?.auditActions ?? null;
  const actorEmails = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.email])), [actors]);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h3" id="audit-title">
          Audit log
        </Title>
        <VerifyChainButton />
      </Group>
      <AuditFiltersBar params={params} actors={actors} actions={actions} onApply={(next) => setSearchParams(writeAuditFilterParams(next))} />
      <QueryState
        value={query.data?.auditEvents}
        query={query}
        errorTitle="Could not load the audit log"
        loadingLabel="Loading audit events"
        isEmpty={(connection) => connection.edges.length === 0}
        empty={<EmptyState title="No audit events" description="Nothing matches these filters." />}
      >
        {(connection) => (
          <>
            <AuditEventsTable events={connection.edges.map((edge) => edge.node)} actorEmails={actorEmails} />
            <ConnectionLoadMore
              query={query}
              connection={connection}
              updateQuery={(shown, { fetchMoreResult }) => ({ auditEvents: appendPage(shown.auditEvents, fetchMoreResult.auditEvents) })}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

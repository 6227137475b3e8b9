import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AccountOption } from '../../components/AccountPicker';
import { ErrorState } from '../../components/ErrorState';
import { ACTIVE_FINDING_STATUSES } from '../../components/findingStatus';
import { findingsUrl } from '../findings/findingFilters';
import { BREAKDOWN_TOP, FindingsBreakdownDocument, topValues, type BreakdownRow } from './breakdown';
import { BreakdownList } from './BreakdownList';

const ACTIVE = [...ACTIVE_FINDING_STATUSES];
const ALL_ACTIVE_URL = findingsUrl({ status: ACTIVE });

/** Open findings by AWS service and by account, each value linking to the triage page filtered to it. */
export function FindingsBreakdowns({ accounts }: { accounts: readonly AccountOption[] }) {
  const { data, error, refetch } = useQuery(FindingsBreakdownDocument, {
    variables: { filter: { statuses: ACTIVE } },
    fetchPolicy: 'cache-and-network',
  });
  const facets = data?.findingFacets;
  // The facet counts by 12-digit AWS id; people know their accounts by name.
  const nameOf = (awsAccountId: string) => {
    const account = accounts.find((candidate) => candidate.awsAccountId === awsAccountId);
    return account ? `${account.name} (${awsAccountId})` : awsAccountId;
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <BreakdownPanel
        title="Open findings by service"
        noun="services"
        counts={facets?.service}
        error={facets ? null : error}
        onRetry={() => void refetch()}
        toRow={({ value, count }) => ({ label: value, count, href: findingsUrl({ service: [value], status: ACTIVE }) })}
      />
      <BreakdownPanel
        title="Open findings by account"
        noun="accounts"
        counts={facets?.account}
        error={facets ? null : error}
        onRetry={() => void refetch()}
        toRow={({ value, count }) => ({ label: nameOf(value), count, href: findingsUrl({ account: [value], status: ACTIVE }) })}
      />
    </SimpleGrid>
  );
}

interface BreakdownPanelProps {
  title: string;
  noun: string;
  counts: readonly { value: string; count: number }[] | undefined;
  /** Why the counts could not be loaded (shown with a retry); null when they could. */
  error: unknown;
  onRetry: () => void;
  toRow: (count: { value: string; count: number }) => BreakdownRow;
}

function BreakdownPanel({ title, noun, counts, error, onRetry, toRow }: BreakdownPanelProps) {
  const { shown, rest } = topValues(counts ?? [], BREAKDOWN_TOP);
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {error ? (
          <ErrorState title="Could not load the counts" error={error} onRetry={onRetry} />
        ) : !counts ? (
          <Skeleton h={120} aria-label={`Loading ${title.toLowerCase()}`} />
        ) : counts.length === 0 ? (
          <Text c="dimmed" size="sm">
            No open findings.
          </Text>
        ) : (
          <>
            <BreakdownList label={title} rows={shown.map(toRow)} max={shown[0]?.count ?? 1} />
            {rest.values > 0 && (
              <Anchor component={Link} to={ALL_ACTIVE_URL} size="sm">
                {rest.count} more in {rest.values} other {noun}
              </Anchor>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

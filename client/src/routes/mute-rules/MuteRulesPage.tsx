import { useQuery } from '@apollo/client/react';
import { Alert, Button, EmptyState, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useViewerRole } from '../../auth/useViewerRole';
import { AccountOptionsDocument } from '../../components/accountOptions';
import { ConnectionLoadMore } from '../../components/ConnectionLoadMore';
import { QueryState } from '../../components/QueryState';
import { FindingsTabs } from '../findings/FindingsTabs';
import { MuteRuleForm } from './MuteRuleForm';
import { DEFAULT_RULE_STATE, MUTE_RULES_PAGE_SIZE, MuteRuleChecksDocument, MuteRulesDocument, readRuleState, RULE_STATES } from './muteRules';
import { MuteRulesTable } from './MuteRulesTable';
import { ruleNames } from './ruleNames';

const EMPTY_TEXT = {
  live: 'No live mute rules. Mute findings from the Findings page, or create a rule that also covers future findings.',
  expired: 'No expired mute rules.',
  all: 'No mute rules yet. Mute findings from the Findings page, or create a rule that also covers future findings.',
} as const;

/**
 * Findings -> Mute rules: the organisation's rules (live by default, `?state=expired|all`), oldest first as they
 * claim findings; any user creates a scoped rule, an ADMIN deletes one after confirming.
 */
export function MuteRulesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readRuleState(searchParams.get('state'));
  const isAdmin = useViewerRole() === 'ADMIN';
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Names for the list and choices for the form; the list still shows ids if these fail.
  const catalogue = useQuery(MuteRuleChecksDocument);
  const connected = useQuery(AccountOptionsDocument);
  const query = useQuery(MuteRulesDocument, {
    variables: { filter: RULE_STATES[state].filter, first: MUTE_RULES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <Stack>
      <Title order={1}>Mute rules</Title>
      <FindingsTabs current="mute-rules" />
      <Group justify="space-between" align="end">
        <SegmentedControl
          aria-label="Which rules"
          value={state}
          data={Object.entries(RULE_STATES).map(([value, entry]) => ({ value, label: entry.label }))}
          onChange={(value) =>
            setSearchParams((params) => {
              const next = new URLSearchParams(params);
              if (value === DEFAULT_RULE_STATE) next.delete('state');
              else next.set('state', value);
              return next;
            })
          }
        />
        {!creating && (
          <Button
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            New mute rule
          </Button>
        )}
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton closeButtonLabel="Dismiss" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {creating && (
        <MuteRuleForm
          catalogue={catalogue.data}
          connected={connected.data}
          onCancel={() => setCreating(false)}
          onCreated={(mutedNow) => {
            setCreating(false);
            setNotice(`Mute rule created. It mutes ${mutedNow} finding${mutedNow === 1 ? '' : 's'} now, and matching findings of later scans.`);
          }}
        />
      )}
      {!isAdmin && (
        <Text size="sm" c="dimmed">
          Only administrators can delete mute rules.
        </Text>
      )}
      <QueryState
        value={query.data?.muteRules}
        query={query}
        errorTitle="Could not load the mute rules"
        loadingLabel="Loading mute rules"
        loadingRows={4}
        isEmpty={(connection) => connection.edges.length === 0}
        empty={<EmptyState title="Nothing to show" description={EMPTY_TEXT[state]} />}
      >
        {(connection) => (
          <>
            <MuteRulesTable
              rules={connection.edges.map((edge) => edge.node)}
              names={ruleNames(catalogue.data, connected.data)}
              canDelete={isAdmin}
            />
            <ConnectionLoadMore query={query} connection={connection} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

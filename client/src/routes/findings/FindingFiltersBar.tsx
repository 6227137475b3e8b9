import { Button, Chip, Group, Stack, Text } from '@mantine/core';
import { FINDING_STATUS_LABEL, FINDING_STATUSES } from '../../components/findingStatus';
import { SEVERITIES, SEVERITY_STYLE } from '../../components/severity';
import type { FindingStatus, Severity } from '../../gql/graphql';
import { hasFindingFilters, type FindingFilters } from './findingFilters';

interface FindingFiltersBarProps {
  filters: FindingFilters;
  onChange: (filters: FindingFilters) => void;
}

/** Severity and status toggles; each chip is a labelled checkbox, so the bar works from the keyboard. */
export function FindingFiltersBar({ filters, onChange }: FindingFiltersBarProps) {
  return (
    <Stack gap="xs">
      <Group gap="xs" role="group" aria-labelledby="severity-filter-label">
        <Text id="severity-filter-label" size="sm" fw={600} w={70}>
          Severity
        </Text>
        <Chip.Group
          multiple
          value={filters.severity}
          onChange={(values) => onChange({ ...filters, severity: SEVERITIES.filter((s) => values.includes(s)) })}
        >
          {SEVERITIES.map((severity: Severity) => (
            <Chip key={severity} value={severity} color={SEVERITY_STYLE[severity].color} size="sm">
              {SEVERITY_STYLE[severity].label}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      <Group gap="xs" role="group" aria-labelledby="status-filter-label">
        <Text id="status-filter-label" size="sm" fw={600} w={70}>
          Status
        </Text>
        <Chip.Group
          multiple
          value={filters.status}
          onChange={(values) => onChange({ ...filters, status: FINDING_STATUSES.filter((s) => values.includes(s)) })}
        >
          {FINDING_STATUSES.map((status: FindingStatus) => (
            <Chip key={status} value={status} size="sm">
              {FINDING_STATUS_LABEL[status]}
            </Chip>
          ))}
        </Chip.Group>
        {hasFindingFilters(filters) && (
          <Button variant="subtle" size="xs" onClick={() => onChange({ severity: [], status: [] })}>
            Clear filters
          </Button>
        )}
      </Group>
    </Stack>
  );
}

import { Alert, Badge, Button, CloseButton, Group, Stack } from '@mantine/core';
import { FRAMEWORK_LABEL } from '../../components/complianceFramework';
import { FINDING_STATUSES } from '../../components/findingStatus';
import { SEVERITIES } from '../../components/severity';
import { FacetGroup } from './FacetGroup';
import { severityOptions, statusOptions, valueOptions, type Facets } from './facetOptions';
import { hasFindingFilters, NO_FINDING_FILTERS, type FindingFilters } from './findingFilters';

interface FindingFacetsPanelProps {
  filters: FindingFilters;
  facets: Facets | undefined;
  /** The facet counts failed to load: the filters still work, only the counts are missing. */
  facetsFailed: boolean;
  onChange: (filters: FindingFilters) => void;
}

/** The triage filters: one checkbox group per facet with the server's counts, plus the control drill-down. */
export function FindingFacetsPanel({ filters, facets, facetsFailed, onChange }: FindingFacetsPanelProps) {
  return (
    <Stack gap="md" component="aside" aria-label="Filters">
      {hasFindingFilters(filters) && (
        <Button variant="subtle" size="xs" w="fit-content" onClick={() => onChange(NO_FINDING_FILTERS)}>
          Clear filters
        </Button>
      )}
      {facetsFailed && (
        <Alert color="yellow" p="xs" role="status">
          Counts are unavailable right now.
        </Alert>
      )}
      {filters.control && (
        <FilterChip
          label={`Control ${FRAMEWORK_LABEL[filters.control.framework]} ${filters.control.controlId}`}
          removeLabel="Remove the control filter"
          onRemove={() => onChange({ ...filters, control: null })}
        />
      )}
      {filters.muteRule && (
        <FilterChip
          label="Muted by one rule"
          removeLabel="Remove the mute rule filter"
          onRemove={() => onChange({ ...filters, muteRule: null })}
        />
      )}
      <FacetGroup
        title="Severity"
        options={severityOptions(facets)}
        selected={filters.severity}
        onChange={(values) => onChange({ ...filters, severity: SEVERITIES.filter((s) => values.includes(s)) })}
      />
      <FacetGroup
        title="Status"
        options={statusOptions(facets)}
        selected={filters.status}
        onChange={(values) => onChange({ ...filters, status: FINDING_STATUSES.filter((s) => values.includes(s)) })}
      />
      <FacetGroup
        title="Service"
        options={valueOptions(facets?.service, filters.service)}
        selected={filters.service}
        onChange={(values) => onChange({ ...filters, service: [...values].sort() })}
      />
      <FacetGroup
        title="Account"
        options={valueOptions(facets?.account, filters.account)}
        selected={filters.account}
        onChange={(values) => onChange({ ...filters, account: [...values].sort() })}
      />
      <FacetGroup
        title="Check"
        options={valueOptions(facets?.check, filters.check)}
        selected={filters.check}
        onChange={(values) => onChange({ ...filters, check: [...values].sort() })}
      />
    </Stack>
  );
}

/** A drill-down filter that has no facet of its own (a control, a mute rule), with a button to drop it. */
function FilterChip({ label, removeLabel, onRemove }: { label: string; removeLabel: string; onRemove: () => void }) {
  return (
    <Group gap={4}>
      <Badge variant="light" size="lg">
        {label}
      </Badge>
      <CloseButton size="sm" aria-label={removeLabel} onClick={onRemove} />
    </Group>
  );
}

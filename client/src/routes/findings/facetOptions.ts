import { FINDING_STATUS_LABEL, FINDING_STATUSES } from '../../components/findingStatus';
import { SEVERITIES, SEVERITY_STYLE } from '../../components/severity';
import type { FindingFacetsQuery } from '../../gql/graphql';
import type { FacetOption } from './FacetGroup';

type FacetCounts = readonly { value: string; count: number }[];
export type Facets = FindingFacetsQuery['findingFacets'];

function countOf(counts: FacetCounts | undefined, value: string): number {
  return counts?.find((entry) => entry.value === value)?.count ?? 0;
}

/** Severity and status: every enum value in the product order, even at zero, so the list never jumps. */
export function severityOptions(facets: Facets | undefined): FacetOption[] {
  return SEVERITIES.map((severity) => ({
    value: severity,
    label: SEVERITY_STYLE[severity].label,
    count: countOf(facets?.severity, severity),
    color: SEVERITY_STYLE[severity].color,
  }));
}

export function statusOptions(facets: Facets | undefined): FacetOption[] {
  return FINDING_STATUSES.map((status) => ({
    value: status,
    label: FINDING_STATUS_LABEL[status],
    count: countOf(facets?.status, status),
  }));
}

/**
 * Open-ended facets (service, account, check): the values the server counted, most frequent first, plus any value
 * selected in the URL that no longer has findings (shown at 0 so it can still be unticked).
 */
export function valueOptions(counts: FacetCounts | undefined, selected: readonly string[]): FacetOption[] {
  const counted = [...(counts ?? [])].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const missing = selected.filter((value) => !counted.some((entry) => entry.value === value));
  return [
    ...counted.map((entry) => ({ value: entry.value, label: entry.value, count: entry.count })),
    ...missing.map((value) => ({ value, label: value, count: 0 })),
  ];
}

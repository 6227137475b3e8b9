import { FINDING_STATUSES, isFindingStatus } from '../../components/findingStatus';
import { isSeverity, SEVERITIES } from '../../components/severity';
import type { FindingFilter, FindingStatus, Severity } from '../../gql/graphql';

/**
 * The Findings view's filters live in the URL (`?severity=CRITICAL&severity=HIGH&status=OPEN`) so a view can be
 * shared and survives reload. Unknown values are dropped, not sent to the API.
 */
export interface FindingFilters {
  severity: Severity[];
  status: FindingStatus[];
}

export function readFindingFilters(params: URLSearchParams): FindingFilters {
  const severity = new Set(params.getAll('severity').filter(isSeverity));
  const status = new Set(params.getAll('status').filter(isFindingStatus));
  // Canonical order, so equal filters make equal cache keys whatever order the URL listed them in.
  return {
    severity: SEVERITIES.filter((value) => severity.has(value)),
    status: FINDING_STATUSES.filter((value) => status.has(value)),
  };
}

export function writeFindingFilters(params: URLSearchParams, filters: FindingFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('severity');
  next.delete('status');
  filters.severity.forEach((value) => next.append('severity', value));
  filters.status.forEach((value) => next.append('status', value));
  return next;
}

/** The API filter: an empty selection means "no constraint", so it is left out rather than sent as []. */
export function toFindingFilter(filters: FindingFilters): FindingFilter {
  return {
    ...(filters.severity.length > 0 && { severities: filters.severity }),
    ...(filters.status.length > 0 && { statuses: filters.status }),
  };
}

export function hasFindingFilters(filters: FindingFilters): boolean {
  return filters.severity.length > 0 || filters.status.length > 0;
}

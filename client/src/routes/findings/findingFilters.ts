import { isComplianceFramework } from '../../components/complianceFramework';
import { FINDING_STATUSES, isFindingStatus } from '../../components/findingStatus';
import { isSeverity, SEVERITIES } from '../../components/severity';
import type { ComplianceFramework, FindingFilter, FindingStatus, Severity } from '../../gql/graphql';
import { DEFAULT_FINDING_SORT, isFindingSortKey, type FindingSortKey } from './findingSort';

/**
 * The triage view lives in the URL (`?q=logs&severity=CRITICAL&service=s3&account=123456789012&sort=last-seen`) so a view
 * can be shared and survives reload. Enumerated values outside their enum are dropped, not sent to the API.
 */
export interface FindingFilters {
  severity: Severity[];
  status: FindingStatus[];
  /** AWS services, e.g. s3. */
  service: string[];
  /** 12-digit AWS account ids (the API also accepts them in `accountIds`). */
  account: string[];
  /** Check ids. */
  check: string[];
  /** A compliance control: the drill-down from the Compliance page. */
  control: { framework: ComplianceFramework; controlId: string } | null;
  /** Only the findings muted by this rule: the drill-down from the Mute rules page. */
  muteRule: string | null;
  /** Free text matched by the server in title, resource ARN, check id and catalogue id; '' for none. */
  search: string;
}

export interface FindingView {
  filters: FindingFilters;
  sort: FindingSortKey;
}

export const NO_FINDING_FILTERS: FindingFilters = {
  severity: [],
  status: [],
  service: [],
  account: [],
  check: [],
  control: null,
  muteRule: null,
  search: '',
};

/** The API refuses longer search text (BAD_USER_INPUT); a longer URL value is cut rather than failing the page. */
export const MAX_SEARCH_LENGTH = 200;

export function normalizeSearch(text: string | null): string {
  return (text ?? '').trim().slice(0, MAX_SEARCH_LENGTH);
}

/** Free-text facet values: sorted and de-duplicated so equal views make equal cache keys. */
function distinctSorted(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0 && value.length <= 200))].sort();
}

export function readFindingView(params: URLSearchParams): FindingView {
  const severity = new Set(params.getAll('severity').filter(isSeverity));
  const status = new Set(params.getAll('status').filter(isFindingStatus));
  const framework = params.get('framework');
  const controlId = params.get('control');
  const sort = params.get('sort');
  return {
    filters: {
      // Canonical order, so equal filters make equal cache keys whatever order the URL listed them in.
      severity: SEVERITIES.filter((value) => severity.has(value)),
      status: FINDING_STATUSES.filter((value) => status.has(value)),
      service: distinctSorted(params.getAll('service')),
      account: distinctSorted(params.getAll('account')),
      check: distinctSorted(params.getAll('check')),
      control: isComplianceFramework(framework) && controlId ? { framework, controlId } : null,
      muteRule: params.get('rule') || null,
      search: normalizeSearch(params.get('q')),
    },
    sort: isFindingSortKey(sort) ? sort : DEFAULT_FINDING_SORT,
  };
}

const VIEW_PARAMS = ['q', 'severity', 'status', 'service', 'account', 'check', 'framework', 'control', 'rule', 'sort'] as const;

export function writeFindingView(params: URLSearchParams, view: FindingView): URLSearchParams {
  const next = new URLSearchParams(params);
  VIEW_PARAMS.forEach((name) => next.delete(name));
  const { filters } = view;
  if (filters.search) next.set('q', filters.search);
  filters.severity.forEach((value) => next.append('severity', value));
  filters.status.forEach((value) => next.append('status', value));
  filters.service.forEach((value) => next.append('service', value));
  filters.account.forEach((value) => next.append('account', value));
  filters.check.forEach((value) => next.append('check', value));
  if (filters.control) {
    next.set('framework', filters.control.framework);
    next.set('control', filters.control.controlId);
  }
  if (filters.muteRule) next.set('rule', filters.muteRule);
  if (view.sort !== DEFAULT_FINDING_SORT) next.set('sort', view.sort);
  return next;
}

/** The API filter: an empty selection means "no constraint", so it is left out rather than sent as []. */
export function toFindingFilter(filters: FindingFilters): FindingFilter {
  return {
    ...(filters.severity.length > 0 && { severities: filters.severity }),
    ...(filters.status.length > 0 && { statuses: filters.status }),
    ...(filters.service.length > 0 && { services: filters.service }),
    ...(filters.account.length > 0 && { accountIds: filters.account }),
    ...(filters.check.length > 0 && { checkIds: filters.check }),
    ...(filters.control && { control: filters.control }),
    ...(filters.muteRule && { muteRuleId: filters.muteRule }),
    ...(filters.search && { search: filters.search }),
  };
}

export function hasFindingFilters(filters: FindingFilters): boolean {
  return Object.keys(toFindingFilter(filters)).length > 0;
}

/** The link from elsewhere (Overview cards, Compliance drill-down) to a filtered triage view. */
export function findingsUrl(filters: Partial<FindingFilters>): string {
  const params = writeFindingView(new URLSearchParams(), {
    filters: { ...NO_FINDING_FILTERS, ...filters },
    sort: DEFAULT_FINDING_SORT,
  });
  const query = params.toString();
  return query ? `/findings?${query}` : '/findings';
}

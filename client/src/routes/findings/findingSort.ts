import type { FindingOrder } from '../../gql/graphql';

/**
 * The sort choices of the triage page. The URL carries a short key (`?sort=last-seen`), the API a FindingOrder;
 * the default (most severe first) is left out of both so a plain /findings URL stays plain.
 */
export const FINDING_SORTS = {
  severity: { label: 'Most severe first', order: null },
  'severity-low': { label: 'Least severe first', order: { field: 'SEVERITY', direction: 'DESC' } },
  'last-seen': { label: 'Last seen, newest first', order: { field: 'LAST_SEEN_AT', direction: 'DESC' } },
  'last-seen-old': { label: 'Last seen, oldest first', order: { field: 'LAST_SEEN_AT', direction: 'ASC' } },
  'first-seen': { label: 'First seen, newest first', order: { field: 'FIRST_SEEN_AT', direction: 'DESC' } },
  'first-seen-old': { label: 'First seen, oldest first', order: { field: 'FIRST_SEEN_AT', direction: 'ASC' } },
} as const satisfies Record<string, { label: string; order: FindingOrder | null }>;

export type FindingSortKey = keyof typeof FINDING_SORTS;
export const DEFAULT_FINDING_SORT: FindingSortKey = 'severity';

export function isFindingSortKey(value: string | null): value is FindingSortKey {
  return value !== null && Object.hasOwn(FINDING_SORTS, value);
}

export function toFindingOrder(sort: FindingSortKey): FindingOrder | undefined {
  return FINDING_SORTS[sort].order ?? undefined;
}

import type { FindingStatus } from '../gql/graphql';

export const FINDING_STATUSES: readonly FindingStatus[] = ['OPEN', 'REOPENED', 'RESOLVED', 'MUTED'];

/** Statuses that still need someone's attention; the default view of lists and counts. */
export const ACTIVE_FINDING_STATUSES: readonly FindingStatus[] = ['OPEN', 'REOPENED'];

export const FINDING_STATUS_LABEL: Readonly<Record<FindingStatus, string>> = {
  OPEN: 'Open',
  REOPENED: 'Reopened',
  RESOLVED: 'Resolved',
  MUTED: 'Muted',
};

export function isFindingStatus(value: string): value is FindingStatus {
  return (FINDING_STATUSES as readonly string[]).includes(value);
}

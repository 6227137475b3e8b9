/** What a check concluded about one resource. UNKNOWN means the data it needs could not be read: never a pass. */
export const CHECK_STATUSES = ['PASS', 'FAIL', 'UNKNOWN'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Listed from most to least severe, so that the list itself documents the ordering. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

const RANK: Readonly<Record<Severity, number>> = { CRITICAL: 4, HIGH: 3, MEDIUM: 2, LOW: 1, INFO: 0 };

/** A number that grows with severity (INFO = 0 ... CRITICAL = 4), for sorting and thresholds. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** True when `severity` is `min` or more severe, e.g. `atLeast('CRITICAL', 'HIGH')`. */
export function atLeast(severity: Severity, min: Severity): boolean {
  return RANK[severity] >= RANK[min];
}

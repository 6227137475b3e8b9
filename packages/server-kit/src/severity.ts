/** Severities in their fixed order, most severe first. */
export const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type Severity = (typeof severities)[number];

/** True when `severity` is at least as severe as `min`. */
export function isAtLeast(severity: Severity, min: Severity): boolean {
  return severities.indexOf(severity) <= severities.indexOf(min);
}

import type { ReportTimestamp } from '@cspmexa/resources';

const DAY_MS = 86_400_000;

/** Whole days from `iso` to `now`; undefined when `iso` is not a date (never "0 days", which would look fresh). */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (iso === undefined) return undefined;
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return undefined;
  return Math.floor((now.getTime() - at) / DAY_MS);
}

/** Days since a credential-report timestamp; undefined for N/A, no_information and not_supported. */
export function reportAgeDays(timestamp: ReportTimestamp, now: Date): number | undefined {
  return timestamp.state === 'date' ? daysSince(timestamp.at, now) : undefined;
}

/** How the report spelled a timestamp, for messages: the date, "N/A", "no_information" or "not_supported". */
export function describeTimestamp(timestamp: ReportTimestamp): string {
  if (timestamp.state === 'date') return timestamp.at;
  return timestamp.state === 'not_applicable' ? 'N/A' : timestamp.state;
}

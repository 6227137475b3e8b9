import type { ReportTimestamp } from '@cspmexa/resources';

const DAY_MS = 86_400_000;

/**
 * The instant ages are measured from. The engine's context has no clock yet, so age checks take an `asOf`
 * setting (ISO-8601) and fall back to the wall clock when it is empty; tests and replays pin it.
 */
export function referenceTime(asOf: string): Date {
  if (asOf.trim() === '') return new Date();
  const at = new Date(asOf);
  if (Number.isNaN(at.getTime())) throw new Error(`asOf "${asOf}" is not an ISO-8601 date`);
  return at;
}

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

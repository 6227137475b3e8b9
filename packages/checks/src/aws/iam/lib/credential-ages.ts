import type { CredentialReportEntry, ReportTimestamp } from '@cspmexa/resources';
import { activeKeys } from './access-keys';
import { reportAgeDays } from './reference-time';

/** How long one enabled credential has gone unused, or why that cannot be said. */
export interface CredentialIdleness {
  credential: string;
  /** Days since last use (or since creation when never used); `Infinity` for use before IAM tracked it. */
  idleDays: number | undefined;
  basis: string;
}

/**
 * Idle time of every enabled credential of a report row: the console password and each active access key.
 * "Never used" (N/A) counts from when the credential was issued (password last changed, key last rotated);
 * "no_information" means use before October 2014, so it is idle for longer than any threshold.
 */
export function credentialIdleness(row: CredentialReportEntry, now: Date): CredentialIdleness[] {
  const out: CredentialIdleness[] = [];
  if (row.passwordEnabled === true) {
    const issued = row.passwordLastChanged.state === 'date' ? row.passwordLastChanged : stamp(row.userCreationTime);
    out.push(idleness('password', row.passwordLastUsed, issued, now));
  }
  for (const key of activeKeys(row)) out.push(idleness(`access key ${key.slot}`, key.lastUsed, key.lastRotated, now));
  return out;
}

function idleness(credential: string, lastUsed: ReportTimestamp, issued: ReportTimestamp, now: Date): CredentialIdleness {
  if (lastUsed.state === 'date') return { credential, idleDays: reportAgeDays(lastUsed, now), basis: 'last used' };
  if (lastUsed.state === 'no_information') return { credential, idleDays: Infinity, basis: 'last used before October 2014' };
  return { credential, idleDays: reportAgeDays(issued, now), basis: 'never used; issued' };
}

const stamp = (iso: string | undefined): ReportTimestamp => (iso === undefined ? { state: 'not_applicable' } : { state: 'date', at: iso });

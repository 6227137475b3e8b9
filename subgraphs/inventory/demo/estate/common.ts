/**
 * Shared pieces of the demo estate: the fictional account, its regions, a fixed "now" every date is relative to
 * (the product moves the dates to the scan's time, see src/snapshots/demo-snapshot.ts), and deterministic ids, so
 * that regenerating without changes writes the same file.
 */
import crypto from 'node:crypto';
import { ok, type Collected, type CredentialReportEntry, type ReportAccessKey, type ReportTimestamp } from '@cspmexa/resources';

/** AWS's documented example account number: it cannot belong to anyone. */
export const DEMO_ACCOUNT = '111122223333';
/** A second fictional account (a partner) for cross-account trust and sharing. */
export const PARTNER_ACCOUNT = '444455556666';
export const DEMO_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const;
export type DemoRegion = (typeof DEMO_REGIONS)[number];
export const COLLECTED_AT = '2025-06-02T06:00:00.000Z';

const NOW = Date.parse(COLLECTED_AT);
const DAY = 86_400_000;

/** An ISO instant `days` before the demo's collection time. */
export const daysAgo = (days: number): string => new Date(NOW - days * DAY).toISOString();
/** An ISO instant `days` after it (certificate expiry, AMI deprecation). */
export const daysAhead = (days: number): string => new Date(NOW + days * DAY).toISOString();

/** A stable hex id derived from a name: `hexId('vpc', 'prod')` is the same on every run. */
export function hexId(prefix: string, name: string, length = 17): string {
  return `${prefix}-${crypto.createHash('sha256').update(`${prefix}/${name}`).digest('hex').slice(0, length)}`;
}

export const tags = (values: Record<string, string>): Collected<Record<string, string>> => ok(values);

export const ec2Arn = (region: string, type: string, id: string) => `arn:aws:ec2:${region}:${DEMO_ACCOUNT}:${type}/${id}`;
export const iamArn = (type: string, name: string, path = '/') => `arn:aws:iam::${DEMO_ACCOUNT}:${type}${path}${name}`;

export const at = (days: number): ReportTimestamp => ({ state: 'date', at: daysAgo(days) });
export const NA: ReportTimestamp = { state: 'not_applicable' };

/** One access key slot of the credential report: rotated `rotatedDaysAgo`, last used `usedDaysAgo` (null: never). */
export function accessKey(slot: 1 | 2, rotatedDaysAgo: number | null, usedDaysAgo: number | null, active = true): ReportAccessKey {
  if (rotatedDaysAgo === null) return { slot, active: false, lastRotated: NA, lastUsed: NA };
  return {
    slot,
    active,
    lastRotated: at(rotatedDaysAgo),
    lastUsed: usedDaysAgo === null ? NA : at(usedDaysAgo),
    ...(usedDaysAgo === null ? {} : { lastUsedRegion: 'us-east-1', lastUsedService: 's3' }),
  };
}

export interface ReportRow {
  user: string;
  arn: string;
  createdDaysAgo: number;
  /** Console password last used (days ago; null: never used); undefined: no console password. */
  passwordUsedDaysAgo?: number | null;
  mfa: boolean;
  keys?: [ReportAccessKey, ReportAccessKey];
}

/** A credential report row as the collector parses it. */
export function reportEntry(row: ReportRow): CredentialReportEntry {
  const password = row.passwordUsedDaysAgo !== undefined;
  return {
    user: row.user,
    arn: row.arn,
    userCreationTime: daysAgo(row.createdDaysAgo),
    passwordEnabled: password,
    passwordLastUsed: password ? (row.passwordUsedDaysAgo === null ? NA : at(row.passwordUsedDaysAgo as number)) : NA,
    passwordLastChanged: password ? at(Math.min(row.createdDaysAgo, 120)) : NA,
    passwordNextRotation: NA,
    mfaActive: row.mfa,
    accessKeys: row.keys ?? [accessKey(1, null, null), accessKey(2, null, null)],
    cert1Active: false,
    cert2Active: false,
  };
}

/**
 * The account-level part of the synthetic estate, derived from the estate itself so that counts stay the only
 * knob: a multi-region trail in the first region (logging management events and S3 writes, with a CloudWatch
 * Logs log group carrying two CIS filters, one alarmed), a single-region trail in the second; SSM managing two
 * running instances out of three; AWS Config recording everywhere but the last region; a security contact; an
 * active IAM Access Analyzer account analyzer in the first region only.
 */
import type { Estate, Instance } from './estate';

export interface BenchTrail {
  name: string;
  arn: string;
  homeRegion: string;
  multiRegion: boolean;
  /** The log group (same account, home region) when the trail delivers to CloudWatch Logs. */
  logGroup?: string;
}

export function benchTrails(estate: Estate): BenchTrail[] {
  const first = estate.regions[0] ?? 'us-east-1';
  const last = estate.regions.at(-1) ?? first;
  const arn = (region: string, name: string) => `arn:aws:cloudtrail:${region}:${estate.accountId}:trail/${name}`;
  return [
    { name: 'bench-management', arn: arn(first, 'bench-management'), homeRegion: first, multiRegion: true, logGroup: 'bench-cloudtrail' },
    { name: 'bench-regional', arn: arn(last, 'bench-regional'), homeRegion: last, multiRegion: false },
  ];
}

export const benchMetricFilters = [
  { name: 'root-usage', metric: 'RootUsage', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' },
  { name: 'nacl-changes', metric: 'NaclChanges', pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = DeleteNetworkAcl) }' },
] as const;

/** The running instances of a region that SSM lists (two out of three). */
export function ssmManagedInstances(instances: readonly Instance[]): Instance[] {
  return instances.filter((i, n) => i.state === 'running' && n % 3 !== 2);
}

/** AWS Config records in every region but the last one of a multi-region estate. */
export const configRecords = (estate: Estate, region: string) => estate.regions.length < 2 || region !== estate.regions.at(-1);

/** The Access Analyzer analyzers of a region: one active account analyzer in the estate's first region. */
export function benchAnalyzers(estate: Estate, region: string): { name: string; type: string; status: string }[] {
  return region === estate.regions[0] ? [{ name: 'bench-account-analyzer', type: 'ACCOUNT', status: 'ACTIVE' }] : [];
}

/** Page sizes the collectors ask for (the largest each API allows). */
export const SSM_MAX_RESULTS = 50;

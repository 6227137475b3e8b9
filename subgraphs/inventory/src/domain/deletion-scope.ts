/**
 * Which resources a finished scan proves gone when it did not see them. Only what the scan could have listed:
 * a region it scanned (or `global`), and, for a PARTIAL scan, only services with no failed listing there: an
 * error without a resource ARN is a List/Describe that may have lost resources of its service in its region
 * (per-resource reads that fail still return the resource, with that part unreadable).
 */
import { GLOBAL_REGION } from '@cspmexa/resources';
import type { RegionOutcome } from '../collectors/aws/regions';
import type { ScanErrorRecord } from './scan-error';

/** Services whose listing covers every region at once (ListBuckets, IAM): a failure there hides all regions. */
const ACCOUNT_WIDE_SERVICES = new Set(['s3', 'iam']);
/**
 * API prefixes that list another service's kinds (`s3control` reads the `aws.s3.account` settings) or are spelt
 * differently from the kind (`access-analyzer:ListAnalyzers` lists `aws.accessanalyzer.region`).
 */
const SERVICE_OF_API: Readonly<Record<string, string>> = { s3control: 's3', 'access-analyzer': 'accessanalyzer' };
/** APIs whose failure says nothing about which resources exist. */
const IDENTITY_APIS = new Set(['sts:GetCallerIdentity']);

/** `aws.ec2.security_group` -> `ec2`. */
export const serviceOfKind = (kind: string): string => kind.split('.')[1] ?? kind;

export interface FinishedScanView {
  status: 'COMPLETED' | 'PARTIAL';
  errors: readonly ScanErrorRecord[];
  regions: readonly RegionOutcome[];
}

export type DeletionScope = (resource: { kind: string; region: string }) => boolean;

export function deletionScope(scan: FinishedScanView): DeletionScope {
  const scanned = new Set(scan.regions.filter((r) => r.status === 'SCANNED').map((r) => r.region));
  /** `service` (everywhere) or `service@region`. */
  const blocked = new Set<string>();
  if (scan.status === 'PARTIAL') {
    for (const e of scan.errors) {
      if (e.resourceArn || IDENTITY_APIS.has(e.api)) continue;
      const prefix = e.api.split(':')[0] ?? e.api;
      const service = SERVICE_OF_API[prefix] ?? prefix;
      blocked.add(!e.region || e.region === GLOBAL_REGION || ACCOUNT_WIDE_SERVICES.has(service) ? service : `${service}@${e.region}`);
    }
  }
  return ({ kind, region }) => {
    const service = serviceOfKind(kind);
    const regionRead = region === GLOBAL_REGION || ACCOUNT_WIDE_SERVICES.has(service) || scanned.has(region);
    return regionRead && !blocked.has(service) && !blocked.has(`${service}@${region}`);
  };
}

/**
 * Which regions a scan reads (SECURITY.md X2): DescribeRegions(AllRegions) with each region's opt-in status.
 * Regions the account has not opted in to are SKIPPED and recorded, as are chosen regions AWS does not know;
 * the account's chosen regions, when set, filter the enabled ones. If DescribeRegions itself fails, the chosen
 * regions (or the default one) are scanned and the failure is recorded.
 */
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef, AwsCaller } from './calls/aws-caller';
import { scanError } from './calls/failures';
import type { EC2Client } from '@aws-sdk/client-ec2';

export interface RegionOutcome {
  region: string;
  status: 'SCANNED' | 'SKIPPED';
  reason?: string;
}

export interface RegionPlan {
  scan: string[];
  regions: RegionOutcome[];
  errors: ScanErrorRecord[];
}

export async function planRegions(opts: { caller: AwsCaller; ec2: EC2Client; defaultRegion: string; chosen: readonly string[] | null }): Promise<RegionPlan> {
  const api: ApiRef = { service: 'ec2', operation: 'DescribeRegions', region: opts.defaultRegion, apiClass: 'ec2-unpaginated' };
  let listed;
  try {
    listed = await opts.caller.call(api, () => opts.ec2.send(new DescribeRegionsCommand({ AllRegions: true })));
  } catch (err) {
    const scan = opts.chosen && opts.chosen.length > 0 ? [...opts.chosen] : [opts.defaultRegion];
    return { scan, regions: scan.map((region) => ({ region, status: 'SCANNED' })), errors: [scanError(api, err)] };
  }
  const optIn = new Map((listed.Regions ?? []).flatMap((r) => (r.RegionName ? [[r.RegionName, r.OptInStatus ?? 'opt-in-not-required'] as const] : [])));
  const candidates = opts.chosen && opts.chosen.length > 0 ? [...new Set(opts.chosen)] : [...optIn.keys()];
  const regions: RegionOutcome[] = candidates.sort().map((region) => {
    const status = optIn.get(region);
    if (status === undefined) return { region, status: 'SKIPPED', reason: 'AWS does not list this region for the account.' };
    if (status === 'not-opted-in') return { region, status: 'SKIPPED', reason: 'The account has not opted in to this region.' };
    return { region, status: 'SCANNED' };
  });
  return { scan: regions.filter((r) => r.status === 'SCANNED').map((r) => r.region), regions, errors: [] };
}

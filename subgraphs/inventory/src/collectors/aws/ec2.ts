/**
 * EC2 collector: every enabled region in parallel (each region has its own token buckets), and in each region
 * every kind at once. A Describe* that fails loses that kind in that region and is recorded; nothing is fatal.
 */
import type { CloudResource } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';
import { collectEc2AccountSettings } from './ec2-account-settings';
import { collectOwnedImages, collectSnapshots, collectVolumes } from './ec2-ebs';
import { collectInstances, collectLaunchTemplates } from './ec2-instances';
import { collectAddresses, collectSecurityGroups } from './ec2-network';
import { ec2RegionScope } from './ec2-scope';

async function collectRegion(ctx: AwsScanContext, region: string, errors: ScanErrorRecord[]): Promise<CloudResource[]> {
  const s = ec2RegionScope(ctx, region, errors);
  const parts = await Promise.all([
    collectSecurityGroups(s),
    collectInstances(s),
    collectLaunchTemplates(s),
    collectVolumes(s),
    collectSnapshots(s),
    collectOwnedImages(s),
    collectAddresses(s),
    collectEc2AccountSettings(s).then((r) => [r]),
  ]);
  return parts.flat();
}

export async function collectEc2(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const perRegion = await Promise.all(ctx.regions.map((region) => collectRegion(ctx, region, errors)));
  return { resources: perRegion.flat(), errors };
}

export const ec2Collector: AwsCollector = { service: 'ec2', collect: collectEc2 };

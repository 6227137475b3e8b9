/**
 * The baseline: a naive sequential collector. One call at a time, in a fixed order, with the SDK's default
 * retry (standard mode, 3 attempts); it reads exactly the minimum call plan (call-plan.ts), so any difference
 * with the product collector comes from how the calls are scheduled, not from what is read.
 */
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { benchClients } from './clients';
import type { BenchCollector } from './collect-with';
import { readAccountLevel } from './naive/account-level';
import { readEc2Region } from './naive/ec2';
import { createRecorder } from './naive/record';
import { readIam, readS3 } from './naive/s3-iam';

export const naiveCollector: BenchCollector = {
  name: 'naive sequential',
  wired: true,
  async collectWith(endpoint, credentials, regions) {
    const defaultRegion = regions[0] ?? 'us-east-1';
    const clients = benchClients(endpoint, credentials);
    const rec = createRecorder();
    try {
      await rec.call('GetCallerIdentity', () => clients.sts().send(new GetCallerIdentityCommand({})));
      await rec.call('DescribeRegions', () => clients.ec2(defaultRegion).send(new DescribeRegionsCommand({ AllRegions: true })));
      for (const region of regions) await readEc2Region(clients.ec2(region), rec);
      await readS3(clients, defaultRegion, rec);
      await readIam(clients, rec);
      await readAccountLevel(clients, regions, defaultRegion, rec);
    } finally {
      clients.destroy();
    }
    return { resources: rec.resources, errors: rec.errors };
  },
};

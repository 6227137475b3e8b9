/**
 * CloudTrail collector (ACC-01..06, ACC-09): ListTrails once (every page; it lists the trails of every region,
 * organization trails included), DescribeTrails once per home region for those trails, then per trail
 * GetTrailStatus and GetEventSelectors in its home region and the CloudWatch side of its log group. Yields one
 * `aws.cloudtrail.trail` per trail and one `aws.cloudtrail.account` holding them all. A trail whose settings
 * cannot be read stays in the inventory with that error on each part that depends on it; nothing here is fatal.
 */
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  ListTrailsCommand,
  type Trail,
  type TrailInfo,
} from '@aws-sdk/client-cloudtrail';
import { GLOBAL_REGION, ok, readError, type CloudResource, type CloudTrailAccount, type CloudTrailTrail, type Collected, type TrailView } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef } from './calls/aws-caller';
import { scanError } from './calls/failures';
import { partReader } from './calls/read-part';
import { readList } from './calls/read-list';
import { logMonitoringReader } from './cloudtrail-monitoring';
import { eventSelectors, trailConfiguration, trailStatus } from './cloudtrail-normalize';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';

const trailApi = (operation: string, region: string): ApiRef => ({ service: 'cloudtrail', operation, region, apiClass: 'cloudtrail' });

type ListedTrail = Required<Pick<TrailInfo, 'TrailARN' | 'Name' | 'HomeRegion'>>;

/** DescribeTrails of one home region for the trails ListTrails put there, by ARN (several accounts' trails may share a name). */
async function describeHomeRegion(ctx: AwsScanContext, region: string, trails: ListedTrail[], errors: ScanErrorRecord[]): Promise<Collected<Map<string, Trail>>> {
  const api = trailApi('DescribeTrails', region);
  const client = ctx.client(CloudTrailClient, region);
  try {
    const out = await ctx.caller.call(api, () => client.send(new DescribeTrailsCommand({ trailNameList: trails.map((t) => t.TrailARN) })));
    return ok(new Map((out.trailList ?? []).flatMap((t) => (t.TrailARN ? [[t.TrailARN, t] as const] : []))));
  } catch (err) {
    const record = scanError(api, err);
    errors.push(record);
    return readError(record.api, record.code, record.message);
  }
}

export async function collectCloudTrail(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const accountArn = `arn:${ctx.partition}:cloudtrail::${ctx.accountId}:account`;
  const account = (trails: Collected<TrailView[]>): CloudTrailAccount => ({
    kind: 'aws.cloudtrail.account',
    arn: accountArn,
    name: 'CloudTrail account settings',
    accountId: ctx.accountId,
    region: GLOBAL_REGION,
    trails,
  });
  const home = ctx.client(CloudTrailClient, ctx.defaultRegion);
  const listed = await readList(
    ctx.caller,
    errors,
    trailApi('ListTrails', ctx.defaultRegion),
    (NextToken) => home.send(new ListTrailsCommand({ NextToken })),
    (o) => ({ items: o.Trails, next: o.NextToken }),
    { resourceArn: accountArn },
  );
  if (listed.state !== 'ok') return { resources: [account(listed as Collected<never>)], errors };

  const trails = listed.value.filter((t): t is ListedTrail => Boolean(t.TrailARN && t.Name && t.HomeRegion));
  const regions = [...new Set(trails.map((t) => t.HomeRegion))];
  const described = new Map(await Promise.all(regions.map(async (r) => [r, await describeHomeRegion(ctx, r, trails.filter((t) => t.HomeRegion === r), errors)] as const)));
  const read = partReader(ctx.caller, errors);
  const logMonitoring = logMonitoringReader(ctx, errors);

  const views = await Promise.all(
    trails.map(async (t): Promise<TrailView | undefined> => {
      const inRegion = described.get(t.HomeRegion) as Collected<Map<string, Trail>>;
      let configuration: TrailView['configuration'];
      if (inRegion.state === 'ok') {
        const trail = inRegion.value.get(t.TrailARN);
        if (!trail) return undefined; // deleted between ListTrails and DescribeTrails
        configuration = ok(trailConfiguration(trail));
      } else {
        configuration = inRegion as Collected<never>;
      }
      const client = ctx.client(CloudTrailClient, t.HomeRegion);
      const on = { resourceArn: t.TrailARN };
      const [status, selectors, monitoring] = await Promise.all([
        read(trailApi('GetTrailStatus', t.HomeRegion), () => client.send(new GetTrailStatusCommand({ Name: t.TrailARN })), trailStatus, on),
        read(trailApi('GetEventSelectors', t.HomeRegion), () => client.send(new GetEventSelectorsCommand({ TrailName: t.TrailARN })), eventSelectors, on),
        logMonitoring(configuration, t.TrailARN),
      ]);
      return { trailArn: t.TrailARN, trailName: t.Name, homeRegion: t.HomeRegion, configuration, status, eventSelectors: selectors, logMonitoring: monitoring };
    }),
  );
  const present = views.filter((v): v is TrailView => v !== undefined);
  const trailResources: CloudResource[] = present.map(
    (v): CloudTrailTrail => ({ kind: 'aws.cloudtrail.trail', arn: v.trailArn, name: v.trailName, accountId: ctx.accountId, region: v.homeRegion, ...v }),
  );
  return { resources: [...trailResources, account(ok(present))], errors };
}

export const cloudTrailCollector: AwsCollector = { service: 'cloudtrail', collect: collectCloudTrail };

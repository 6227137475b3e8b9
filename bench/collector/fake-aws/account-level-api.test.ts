/** The account-level JSON services of the fake endpoint, read by the real SDK clients (small estate, no latency). */
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { CloudTrailClient, DescribeTrailsCommand, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { ConfigServiceClient, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { paginateDescribeInstanceInformation, SSMClient } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { benchClients } from '../clients';
import { fullEstate, scaled } from './estate';
import { defaultLimits } from './limits';
import { benchCredentials, startFakeAws, type FakeAws, type FakeAwsOptions } from './server';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(opts: FakeAwsOptions = {}) {
  fake = await startFakeAws({ counts: scaled(fullEstate, 0.01), latencyMs: 0, ...opts });
  return { fake, clients: benchClients(fake.endpoint, benchCredentials) };
}

describe('fake AWS endpoint, account-level JSON services', () => {
  it('pages SSM DescribeInstanceInformation (JSON 1.1, NextToken) over the region\'s managed instances', async () => {
    const { clients } = await start();
    const pages = [];
    for await (const page of paginateDescribeInstanceInformation({ client: clients.client(SSMClient, 'us-east-1'), pageSize: 5 }, {})) pages.push(page);
    const ids = pages.flatMap((p) => (p.InstanceInformationList ?? []).map((i) => i.InstanceId));
    expect(pages.length).toBeGreaterThan(1);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('i-'))).toBe(true);
  });

  it('lists the trails of every region and describes each in its home region only', async () => {
    const { clients } = await start();
    const trails = (await clients.client(CloudTrailClient, 'us-east-1').send(new ListTrailsCommand({}))).Trails ?? [];
    expect(trails.map((t) => [t.Name, t.HomeRegion])).toEqual([['bench-management', 'us-east-1'], ['bench-regional', 'eu-west-1']]);
    const arns = trails.map((t) => t.TrailARN as string);
    const east = await clients.client(CloudTrailClient, 'us-east-1').send(new DescribeTrailsCommand({ trailNameList: arns }));
    expect(east.trailList?.map((t) => [t.Name, t.IsMultiRegionTrail, Boolean(t.CloudWatchLogsLogGroupArn)])).toEqual([['bench-management', true, true]]);
  });

  it('answers Config, CloudWatch (JSON 1.0) and Account (REST JSON)', async () => {
    const { clients } = await start();
    const status = await clients.client(ConfigServiceClient, 'eu-west-1').send(new DescribeConfigurationRecorderStatusCommand({}));
    expect(status.ConfigurationRecordersStatus?.[0]?.recording).toBe(false);
    const alarms = await clients.client(CloudWatchClient, 'us-east-1').send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'] }));
    expect(alarms.MetricAlarms?.map((a) => a.AlarmName)).toEqual(['root-usage', 'cpu-high']);
    const contact = await clients.client(AccountClient, 'us-east-1').send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }));
    expect(contact.AlternateContact?.EmailAddress).toBe('security@bench.invalid');
  });

  it('answers Access Analyzer ListAnalyzers (REST JSON, GET /analyzer) with an active analyzer in the first region only', async () => {
    const { clients } = await start();
    const east = await clients.client(AccessAnalyzerClient, 'us-east-1').send(new ListAnalyzersCommand({}));
    expect(east.analyzers?.map((a) => [a.name, a.type, a.status])).toEqual([['bench-account-analyzer', 'ACCOUNT', 'ACTIVE']]);
    expect((await clients.client(AccessAnalyzerClient, 'eu-west-1').send(new ListAnalyzersCommand({}))).analyzers).toEqual([]);
  });

  it('throttles in each service\'s own form and tells a retry of the same JSON request from a new one', async () => {
    const limits = { ...defaultLimits, cloudtrail: { burst: 1, refillPerSecond: 0.001 }, cloudwatch: { burst: 1, refillPerSecond: 0.001 } };
    const { fake } = await start({ limits });
    const once = benchClients(fake.endpoint, benchCredentials, { maxAttempts: 1 });
    const trails = once.client(CloudTrailClient, 'us-east-1');
    await trails.send(new ListTrailsCommand({}));
    await expect(trails.send(new ListTrailsCommand({}))).rejects.toMatchObject({ name: 'ThrottlingException' });
    await expect(trails.send(new DescribeTrailsCommand({ trailNameList: ['x'] }))).rejects.toMatchObject({ name: 'ThrottlingException' });
    const cloudwatch = once.client(CloudWatchClient, 'us-east-1');
    await cloudwatch.send(new DescribeAlarmsCommand({}));
    await expect(cloudwatch.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({ name: 'Throttling' });
    // Two different CloudTrail requests were refused: each is its own given-up request, not one request retried.
    expect(fake.stats().throttles).toMatchObject({ answered: 3, givenUp: { ListTrails: 1, DescribeTrails: 1, DescribeAlarms: 1 } });
  });
});

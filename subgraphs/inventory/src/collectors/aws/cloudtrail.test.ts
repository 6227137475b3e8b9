import * as cloudtrail from '@aws-sdk/client-cloudtrail';
import * as cloudwatch from '@aws-sdk/client-cloudwatch';
import * as logs from '@aws-sdk/client-cloudwatch-logs';
import type { CloudResource, CloudTrailAccount, CloudTrailTrail } from '@cspmexa/resources';
import { afterEach, describe, expect, it } from 'vitest';
import { collectCloudTrail } from './cloudtrail';
import { ACCOUNT, awsError, installEstate, LOG_GROUP_ARN, mocks, ROOT_USAGE_PATTERN, TRAIL_ARN } from './fixtures/estate';
import { retryingCaller, testScanContext } from './test-support';

const trailsOf = (resources: CloudResource[]) => resources.filter((r): r is CloudTrailTrail => r.kind === 'aws.cloudtrail.trail');
const accountOf = (resources: CloudResource[]) => resources.find((r): r is CloudTrailAccount => r.kind === 'aws.cloudtrail.account');
const EU_TRAIL = `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/eu`;

/** A second trail, single-region in eu-west-1, listed on ListTrails' second page. */
function twoRegions() {
  mocks.cloudtrail
    .on(cloudtrail.ListTrailsCommand)
    .resolvesOnce({ Trails: [{ TrailARN: TRAIL_ARN, Name: 'main', HomeRegion: 'us-east-1' }], NextToken: 'p2' })
    .resolvesOnce({ Trails: [{ TrailARN: EU_TRAIL, Name: 'eu', HomeRegion: 'eu-west-1' }] });
  mocks.cloudtrail.on(cloudtrail.DescribeTrailsCommand, { trailNameList: [EU_TRAIL] }).resolves({ trailList: [{ Name: 'eu', TrailARN: EU_TRAIL, HomeRegion: 'eu-west-1', S3BucketName: 'eu-logs' }] });
}

describe('CloudTrail collector', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('reads each trail in its home region and the account view of every trail; keeps only the alarms on its filters', async () => {
    installEstate();
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(errors).toEqual([]);
    const [trail] = trailsOf(resources);
    expect(trail).toMatchObject({
      arn: TRAIL_ARN,
      name: 'main',
      region: 'us-east-1',
      homeRegion: 'us-east-1',
      configuration: { state: 'ok', value: { isMultiRegionTrail: true, logFileValidationEnabled: true, s3BucketName: 'trail-logs', kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k` } },
      status: { state: 'ok', value: { isLogging: true } },
      eventSelectors: { state: 'ok', value: { selectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }], advancedSelectors: [] } },
      logMonitoring: {
        state: 'ok',
        value: {
          logGroupArn: LOG_GROUP_ARN,
          logGroupName: 'cloudtrail-main',
          region: 'us-east-1',
          metricFilters: [{ filterName: 'root-usage', filterPattern: ROOT_USAGE_PATTERN, metrics: [{ metricName: 'RootUsage', metricNamespace: 'CIS' }] }],
          alarms: [{ alarmName: 'root-usage', metrics: [{ metricName: 'RootUsage', namespace: 'CIS' }], actionsEnabled: true, alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:security`] }],
        },
      },
    });
    expect(accountOf(resources)).toMatchObject({ arn: `arn:aws:cloudtrail::${ACCOUNT}:account`, region: 'global', trails: { state: 'ok', value: [{ trailArn: TRAIL_ARN, status: { state: 'ok' } }] } });
    expect(mocks.cloudtrail.commandCalls(cloudtrail.GetTrailStatusCommand)[0]?.args[0].input).toEqual({ Name: TRAIL_ARN });
  });

  it('follows ListTrails pages and asks DescribeTrails once per home region for its trails', async () => {
    installEstate();
    twoRegions();
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(errors).toEqual([]);
    expect(mocks.cloudtrail.commandCalls(cloudtrail.ListTrailsCommand).map((c) => c.args[0].input.NextToken)).toEqual([undefined, 'p2']);
    expect(mocks.cloudtrail.commandCalls(cloudtrail.DescribeTrailsCommand).map((c) => c.args[0].input.trailNameList)).toEqual([[TRAIL_ARN], [EU_TRAIL]]);
    expect(trailsOf(resources).map((t) => [t.name, t.region])).toEqual([['main', 'us-east-1'], ['eu', 'eu-west-1']]);
    // No log group on the eu trail: nothing to read in CloudWatch for it.
    expect(trailsOf(resources)[1]).toMatchObject({ logMonitoring: { state: 'absent' }, configuration: { value: { isMultiRegionTrail: false } } });
    expect(mocks.logs.commandCalls(logs.DescribeMetricFiltersCommand)).toHaveLength(1);
  });

  it('follows DescribeMetricFilters (nextToken) and DescribeAlarms (NextToken) pages', async () => {
    installEstate();
    const filter = (name: string) => ({ filterName: name, filterPattern: ROOT_USAGE_PATTERN, metricTransformations: [{ metricName: name, metricNamespace: 'CIS', metricValue: '1' }] });
    mocks.logs.on(logs.DescribeMetricFiltersCommand).resolvesOnce({ metricFilters: [filter('a')], nextToken: 'f2' }).resolvesOnce({ metricFilters: [filter('b')] });
    mocks.cloudwatch
      .on(cloudwatch.DescribeAlarmsCommand)
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'alarm-a', MetricName: 'a', Namespace: 'CIS' }], NextToken: 'a2' })
      .resolvesOnce({ MetricAlarms: [{ AlarmName: 'alarm-b', Metrics: [{ Id: 'm1', MetricStat: { Metric: { MetricName: 'b', Namespace: 'CIS' }, Period: 300, Stat: 'Sum' } }] }] });
    const { resources } = await collectCloudTrail(testScanContext());
    const monitoring = trailsOf(resources)[0]?.logMonitoring;
    expect(monitoring).toMatchObject({ state: 'ok', value: { metricFilters: [{ filterName: 'a' }, { filterName: 'b' }], alarms: [{ alarmName: 'alarm-a' }, { alarmName: 'alarm-b', metrics: [{ metricName: 'b' }] }] } });
    expect(mocks.logs.commandCalls(logs.DescribeMetricFiltersCommand).map((c) => c.args[0].input)).toEqual([
      { logGroupName: 'cloudtrail-main', limit: 50, nextToken: undefined },
      { logGroupName: 'cloudtrail-main', limit: 50, nextToken: 'f2' },
    ]);
    expect(mocks.cloudwatch.commandCalls(cloudwatch.DescribeAlarmsCommand).map((c) => c.args[0].input.NextToken)).toEqual([undefined, 'a2']);
  });

  it('X3 AccessDenied on GetEventSelectors: only that part of the trail is an error, naming cloudtrail:GetEventSelectors', async () => {
    installEstate((api) => (api === 'cloudtrail:GetEventSelectors' ? awsError('AccessDeniedException', 400) : undefined));
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(errors).toEqual([
      { api: 'cloudtrail:GetEventSelectors', region: 'us-east-1', resourceArn: TRAIL_ARN, code: 'AccessDeniedException', message: 'AccessDeniedException (injected) (needs cloudtrail:GetEventSelectors)' },
    ]);
    expect(trailsOf(resources)[0]).toMatchObject({ eventSelectors: { state: 'error', api: 'cloudtrail:GetEventSelectors' }, status: { state: 'ok' }, configuration: { state: 'ok' }, logMonitoring: { state: 'ok' } });
  });

  it('X3 ListTrails denied: no trail is known, the account view carries the error', async () => {
    installEstate((api) => (api === 'cloudtrail:ListTrails' ? awsError('AccessDeniedException', 400) : undefined));
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(resources).toEqual([expect.objectContaining({ kind: 'aws.cloudtrail.account', trails: expect.objectContaining({ state: 'error', api: 'cloudtrail:ListTrails' }) })]);
    expect(errors.map((e) => e.message)).toEqual(['AccessDeniedException (injected) (needs cloudtrail:ListTrails)']);
  });

  it('X3 DescribeTrails denied in one home region: those trails stay, their settings and log group an error', async () => {
    installEstate();
    twoRegions();
    mocks.cloudtrail.on(cloudtrail.DescribeTrailsCommand, { trailNameList: [EU_TRAIL] }).rejects(awsError('AccessDeniedException', 400));
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(errors).toEqual([expect.objectContaining({ api: 'cloudtrail:DescribeTrails', region: 'eu-west-1' })]);
    const [main, eu] = trailsOf(resources);
    expect(main).toMatchObject({ configuration: { state: 'ok' }, logMonitoring: { state: 'ok' } });
    expect(eu).toMatchObject({ configuration: { state: 'error', code: 'AccessDeniedException' }, logMonitoring: { state: 'error' }, status: { state: 'ok' } });
  });

  it('X1 retries throttled CloudTrail, Logs and CloudWatch calls and ends with no error', async () => {
    const throttledOnce = new Set(['cloudtrail:GetTrailStatus', 'logs:DescribeMetricFilters', 'cloudwatch:DescribeAlarms']);
    installEstate((api) => (throttledOnce.delete(api) ? awsError('ThrottlingException', 400) : undefined));
    const { resources, errors } = await collectCloudTrail(testScanContext({ caller: retryingCaller() }));
    expect(errors).toEqual([]);
    expect(throttledOnce.size).toBe(0);
    expect(trailsOf(resources)[0]).toMatchObject({ status: { state: 'ok' }, logMonitoring: { state: 'ok', value: { alarms: [{ alarmName: 'root-usage' }] } } });
  });

  it('does not read another account\'s log group as if it were ours', async () => {
    installEstate();
    mocks.cloudtrail.on(cloudtrail.DescribeTrailsCommand).resolves({ trailList: [{ Name: 'main', TrailARN: TRAIL_ARN, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org:*' }] });
    const { resources, errors } = await collectCloudTrail(testScanContext());
    expect(errors).toEqual([]);
    expect(trailsOf(resources)[0]?.logMonitoring).toMatchObject({ state: 'error', code: 'LogGroupInAnotherAccount' });
    expect(mocks.logs.commandCalls(logs.DescribeMetricFiltersCommand)).toHaveLength(0);
  });
});

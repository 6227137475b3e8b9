import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CloudTrailClient, DescribeTrailsCommand, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from './index';

let standIn: S3StandIn;
const config = () => ({ region: 'us-east-1', endpoint: standIn.endpoint, credentials: STAND_IN_CREDENTIALS, maxAttempts: 1 });
const nameOf = (e: unknown) => (e as { name?: string }).name;

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: { analyzer: {} }, analyzers: { 'eu-west-1': [{ name: 'org', type: 'ORGANIZATION' }, { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS' }, { name: 'new', status: 'CREATING' }] } });
});
afterAll(() => standIn.close());

describe('JSON-protocol stand-ins, read by the real SDK clients', () => {
  it('answers an empty account for CloudTrail, Config, Logs (JSON 1.1), CloudWatch (JSON 1.0) and SSM', async () => {
    expect((await new CloudTrailClient(config()).send(new ListTrailsCommand({}))).Trails).toEqual([]);
    expect((await new CloudTrailClient(config()).send(new DescribeTrailsCommand({}))).trailList).toEqual([]);
    const configService = new ConfigServiceClient(config());
    expect((await configService.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders).toEqual([]);
    expect((await configService.send(new DescribeConfigurationRecorderStatusCommand({}))).ConfigurationRecordersStatus).toEqual([]);
    expect((await new CloudWatchLogsClient(config()).send(new DescribeMetricFiltersCommand({ logGroupName: 'g' }))).metricFilters).toEqual([]);
    expect((await new CloudWatchClient(config()).send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'] }))).MetricAlarms).toEqual([]);
    expect((await new SSMClient(config()).send(new DescribeInstanceInformationCommand({}))).InstanceInformationList).toEqual([]);
    expect(standIn.calls.get('CLOUDTRAIL ListTrails')).toBe(1);
    expect(standIn.calls.get('CLOUDWATCH DescribeAlarms')).toBe(1);
  });

  it('answers GetAlternateContact (REST JSON) with ResourceNotFoundException: no contact registered', async () => {
    const account = new AccountClient(config());
    await expect(account.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }))).rejects.toSatisfy((e) => nameOf(e) === 'ResourceNotFoundException');
    expect(standIn.calls.get('ACCOUNT GetAlternateContact')).toBe(1);
  });

  it('answers ListAnalyzers (REST JSON, GET /analyzer) per signed region: none by default, configured ones in pages', async () => {
    const east = new AccessAnalyzerClient(config());
    expect((await east.send(new ListAnalyzersCommand({}))).analyzers).toEqual([]);
    const west = new AccessAnalyzerClient({ ...config(), region: 'eu-west-1' });
    const first = await west.send(new ListAnalyzersCommand({ maxResults: 2 }));
    expect(first.analyzers?.map((a) => [a.name, a.type, a.status])).toEqual([['org', 'ORGANIZATION', 'ACTIVE'], ['unused', 'ACCOUNT_UNUSED_ACCESS', 'ACTIVE']]);
    expect(first.analyzers?.[0]?.arn).toBe(`arn:aws:access-analyzer:eu-west-1:${standIn.accountId}:analyzer/org`);
    expect(first.analyzers?.[0]?.createdAt).toBeInstanceOf(Date);
    const second = await west.send(new ListAnalyzersCommand({ maxResults: 2, nextToken: first.nextToken }));
    expect(second.analyzers?.map((a) => [a.name, a.type, a.status])).toEqual([['new', 'ACCOUNT', 'CREATING']]);
    expect(second.nextToken).toBeUndefined();
    expect((await west.send(new ListAnalyzersCommand({ type: 'ACCOUNT' }))).analyzers?.map((a) => a.name)).toEqual(['new']);
    expect(standIn.calls.get('ACCESS-ANALYZER ListAnalyzers')).toBe(4);
    // S3's listing of a bucket called `analyzer` is the same path, told apart by the signer.
    const s3 = new S3Client({ ...config(), forcePathStyle: true });
    expect((await s3.send(new ListObjectsV2Command({ Bucket: 'analyzer' }))).KeyCount).toBe(0);
    standIn.setAnalyzers('us-east-1', [{ name: 'late' }]);
    expect((await east.send(new ListAnalyzersCommand({}))).analyzers?.map((a) => a.name)).toEqual(['late']);
    standIn.setAnalyzers('us-east-1', []);
  });

  it('injects a fault per API in the service\'s own error format', async () => {
    standIn.failApi('cloudtrail:ListTrails', 'AccessDeniedException', 400);
    standIn.failApi('cloudwatch:DescribeAlarms', 'AccessDenied', 403);
    standIn.failApi('access-analyzer:ListAnalyzers', 'AccessDeniedException', 403);
    try {
      await expect(new AccessAnalyzerClient(config()).send(new ListAnalyzersCommand({}))).rejects.toSatisfy((e) => nameOf(e) === 'AccessDeniedException');
      await expect(new CloudTrailClient(config()).send(new ListTrailsCommand({}))).rejects.toSatisfy((e) => nameOf(e) === 'AccessDeniedException');
      await expect(new CloudWatchClient(config()).send(new DescribeAlarmsCommand({}))).rejects.toSatisfy((e) => nameOf(e) === 'AccessDenied');
    } finally {
      standIn.clearFailures();
    }
  });
});

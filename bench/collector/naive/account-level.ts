/**
 * The naive account-level reads, one call at a time: SSM, Config and Access Analyzer per region, every trail's
 * parts, the contact.
 */
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account';
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, ListTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { DescribeInstanceInformationCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { BenchClients } from '../clients';
import { allPages, type Recorder } from './record';

export async function readAccountLevel(clients: BenchClients, regions: readonly string[], defaultRegion: string, rec: Recorder): Promise<void> {
  for (const region of regions) {
    const ssm = clients.client(SSMClient, region);
    await allPages((NextToken) => rec.call('DescribeInstanceInformation', () => ssm.send(new DescribeInstanceInformationCommand({ MaxResults: 50, NextToken }))), (o) => o.NextToken);
    const config = clients.client(ConfigServiceClient, region);
    await rec.call('DescribeConfigurationRecorders', () => config.send(new DescribeConfigurationRecordersCommand({})));
    await rec.call('DescribeConfigurationRecorderStatus', () => config.send(new DescribeConfigurationRecorderStatusCommand({})));
    const analyzer = clients.client(AccessAnalyzerClient, region);
    await allPages((nextToken) => rec.call('ListAnalyzers', () => analyzer.send(new ListAnalyzersCommand({ nextToken }))), (o) => o.nextToken);
    rec.resources += 2;
  }
  const home = clients.client(CloudTrailClient, defaultRegion);
  const listed = await allPages((NextToken) => rec.call('ListTrails', () => home.send(new ListTrailsCommand({ NextToken }))), (o) => o.NextToken);
  const trails = listed.flatMap((p) => p.Trails ?? []);
  const logGroupRegions = new Set<string>();
  for (const region of new Set(trails.flatMap((t) => (t.HomeRegion ? [t.HomeRegion] : [])))) {
    const client = clients.client(CloudTrailClient, region);
    const inRegion = trails.filter((t) => t.HomeRegion === region).flatMap((t) => (t.TrailARN ? [t.TrailARN] : []));
    const described = await rec.call('DescribeTrails', () => client.send(new DescribeTrailsCommand({ trailNameList: inRegion })));
    for (const t of described?.trailList ?? []) {
      await rec.call('GetTrailStatus', () => client.send(new GetTrailStatusCommand({ Name: t.TrailARN })));
      await rec.call('GetEventSelectors', () => client.send(new GetEventSelectorsCommand({ TrailName: t.TrailARN })));
      const [, , , groupRegion, , , logGroupName] = (t.CloudWatchLogsLogGroupArn ?? '').split(':');
      if (groupRegion && logGroupName) {
        const logs = clients.client(CloudWatchLogsClient, groupRegion);
        await allPages((nextToken) => rec.call('DescribeMetricFilters', () => logs.send(new DescribeMetricFiltersCommand({ logGroupName, limit: 50, nextToken }))), (o) => o.nextToken);
        logGroupRegions.add(groupRegion);
      }
      rec.resources += 1;
    }
  }
  for (const region of logGroupRegions) {
    const cloudwatch = clients.client(CloudWatchClient, region);
    await allPages((NextToken) => rec.call('DescribeAlarms', () => cloudwatch.send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: 100, NextToken }))), (o) => o.NextToken);
  }
  const account = clients.client(AccountClient, defaultRegion);
  await rec.call('GetAlternateContact', () => account.send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })));
  rec.resources += 2;
}

/**
 * The CloudWatch side of a trail (ACC-09): the metric filters on the trail's log group (logs:DescribeMetricFilters,
 * every page) and the alarms on their metrics (cloudwatch:DescribeAlarms, every page, read once per region and
 * shared by the trails whose log groups live there). Only alarms on those metrics are kept.
 */
import { DescribeAlarmsCommand, CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { absent, mapCollected, ok, readError, type Collected, type LogGroupMonitoring, type MetricAlarm, type TrailConfiguration } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef } from './calls/aws-caller';
import { readList } from './calls/read-list';
import { metricAlarm, metricFilter, parseLogGroupArn } from './cloudtrail-normalize';
import type { AwsScanContext } from './collector';

const FILTER_PAGE = 50;
const ALARM_PAGE = 100;

const metricKey = (namespace: string, name: string) => `${namespace}\u0000${name}`;

export type LogMonitoringReader = (configuration: Collected<TrailConfiguration>, trailArn: string) => Promise<Collected<LogGroupMonitoring>>;

export function logMonitoringReader(ctx: AwsScanContext, errors: ScanErrorRecord[]): LogMonitoringReader {
  const alarmsByRegion = new Map<string, Promise<Collected<MetricAlarm[]>>>();
  const alarmsIn = (region: string) => {
    let alarms = alarmsByRegion.get(region);
    if (!alarms) {
      const api: ApiRef = { service: 'cloudwatch', operation: 'DescribeAlarms', region, apiClass: 'cloudwatch' };
      const cloudwatch = ctx.client(CloudWatchClient, region);
      alarms = readList(
        ctx.caller,
        errors,
        api,
        (NextToken) => cloudwatch.send(new DescribeAlarmsCommand({ AlarmTypes: ['MetricAlarm'], MaxRecords: ALARM_PAGE, NextToken })),
        (o) => ({ items: o.MetricAlarms, next: o.NextToken }),
      ).then((list) => mapCollected(list, (items) => items.map(metricAlarm)));
      alarmsByRegion.set(region, alarms);
    }
    return alarms;
  };

  return async (configuration, trailArn) => {
    if (configuration.state !== 'ok') return configuration as Collected<never>;
    const logGroupArn = configuration.value.cloudWatchLogsLogGroupArn;
    if (!logGroupArn) return absent();
    const group = parseLogGroupArn(logGroupArn);
    if (!group) {
      const record = { api: 'cloudtrail:DescribeTrails', resourceArn: trailArn, code: 'MalformedResponse', message: `CloudWatchLogsLogGroupArn ${logGroupArn} is not a log group ARN` };
      errors.push(record);
      return readError(record.api, record.code, record.message);
    }
    // Another account's log group (an organization trail delivering to the management account): its filters are
    // not visible from here, and reading this account's group of the same name would answer the wrong question.
    if (group.accountId !== ctx.accountId) {
      return readError('logs:DescribeMetricFilters', 'LogGroupInAnotherAccount', `Log group ${group.name} belongs to account ${group.accountId}, outside this scan`);
    }
    const api: ApiRef = { service: 'logs', operation: 'DescribeMetricFilters', region: group.region, apiClass: 'logs' };
    const logs = ctx.client(CloudWatchLogsClient, group.region);
    const listed = await readList(
      ctx.caller,
      errors,
      api,
      (nextToken) => logs.send(new DescribeMetricFiltersCommand({ logGroupName: group.name, limit: FILTER_PAGE, nextToken })),
      (o) => ({ items: o.metricFilters, next: o.nextToken }),
      // A log group deleted behind the trail's back has no filters: that is an answer, not a read error.
      { resourceArn: trailArn, absentCodes: ['ResourceNotFoundException'] },
    );
    if (listed.state === 'error') return listed;
    const metricFilters = listed.state === 'ok' ? listed.value.map(metricFilter) : [];
    const wanted = new Set(metricFilters.flatMap((f) => f.metrics.map((m) => metricKey(m.metricNamespace, m.metricName))));
    let alarms: MetricAlarm[] = [];
    if (wanted.size > 0) {
      const all = await alarmsIn(group.region);
      if (all.state !== 'ok') return all as Collected<never>;
      alarms = all.value.filter((a) => a.metrics.some((m) => wanted.has(metricKey(m.namespace, m.metricName))));
    }
    return ok({ logGroupArn, logGroupName: group.name, region: group.region, metricFilters, alarms });
  };
}

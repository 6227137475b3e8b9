/**
 * ACC-09 (CIS 4.3, 4.4, 4.10, 4.11): the log group of an active multi-region trail has a metric filter selecting
 * the events CIS names, and a CloudWatch alarm watches that filter's metric. CIS also asks that the alarm notify
 * an SNS topic with a subscriber; Prowler only looks for the alarm. We require an enabled alarm action by default
 * (an alarm that notifies nobody monitors nothing), configurable with `requireAlarmAction`; subscriptions of the
 * topic are not read (no SNS permission is asked for).
 */
import type { CloudTrailAccount, MetricAlarm, MetricFilter } from '@cspmexa/resources';
import type { Evaluation } from '../../../engine/result';
import { patternCovers, type MonitoredEvents } from './cis-monitoring';
import { logging, multiRegion, recordsManagementEvents } from './trail-facts';
import { judgeAccountTrails, met, requirement, unmet, type Outcome, type TrailRequirement } from './trail-requirements';

const watches = (alarm: MetricAlarm, m: MetricFilter['metrics'][number]) => alarm.metrics.some((a) => a.metricName === m.metricName && a.namespace === m.metricNamespace);
const notifies = (alarm: MetricAlarm) => alarm.actionsEnabled && alarm.alarmActions.length > 0;

export function alarmsOn(events: MonitoredEvents, requireAlarmAction: boolean): TrailRequirement {
  return requirement('the CloudWatch Logs metric filters and alarms', (v) => v.logMonitoring, (group): Outcome => {
    if (!group) return unmet('does not deliver to CloudWatch Logs');
    const filters = group.metricFilters.filter((f) => patternCovers(f.filterPattern, events));
    if (filters.length === 0) return unmet(`log group ${group.logGroupName} has no metric filter matching ${events.subject}`);
    const silent: string[] = [];
    for (const filter of filters) {
      for (const metric of filter.metrics) {
        const alarms = group.alarms.filter((a) => watches(a, metric));
        const useful = alarms.find((a) => !requireAlarmAction || notifies(a));
        if (useful) {
          const target = useful.alarmActions.length > 0 ? ` notifying ${useful.alarmActions.join(', ')}` : '';
          return met(`filter ${filter.filterName} on log group ${group.logGroupName} feeds alarm ${useful.alarmName}${target}`);
        }
        silent.push(...alarms.map((a) => a.alarmName));
      }
    }
    const names = filters.map((f) => f.filterName).join(', ');
    return silent.length > 0
      ? unmet(`alarm ${silent.join(', ')} on the metric of filter ${names} has no enabled alarm action`)
      : unmet(`no alarm watches the metric of filter ${names}`);
  });
}

export function judgeAlarmCoverage(account: CloudTrailAccount, events: MonitoredEvents, requireAlarmAction: boolean): Evaluation {
  return judgeAccountTrails(account, {
    question: `whether ${events.subject} raises an alarm`,
    failure: `No alarm is raised on ${events.subject}`,
    requirements: [multiRegion, logging, recordsManagementEvents(true), alarmsOn(events, requireAlarmAction)],
    passed: (view, notes) => `Trail ${view.trailName} alarms on ${events.subject}: ${notes.join('; ')}`,
  });
}

/** Remediation text, CLI and Terraform for one CIS filter, its metric and an alarm notifying a topic. */
export function alarmRemediation(events: MonitoredEvents, metricName: string): { text: string; cli: string; terraform: string } {
  const pattern = events.cisPattern;
  return {
    text: `On the CloudWatch Logs log group of the multi-region trail, create a metric filter with the CIS pattern for ${events.subject}, and an alarm on its metric (threshold 1, sum over 5 minutes) notifying an SNS topic that has a subscriber.`,
    cli: [
      `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${metricName} --metric-transformations metricName=${metricName},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${pattern}'`,
      `aws cloudwatch put-metric-alarm --alarm-name ${metricName} --metric-name ${metricName} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
    ].join('\n'),
    terraform: [
      `resource "aws_cloudwatch_log_metric_filter" "${metricName}" {`,
      `  name           = "${metricName}"`,
      '  log_group_name = aws_cloudwatch_log_group.cloudtrail.name',
      `  pattern        = ${JSON.stringify(pattern)}`,
      '  metric_transformation {',
      `    name      = "${metricName}"`,
      '    namespace = "CISBenchmark"',
      '    value     = "1"',
      '  }',
      '}',
      '',
      `resource "aws_cloudwatch_metric_alarm" "${metricName}" {`,
      `  alarm_name          = "${metricName}"`,
      `  metric_name         = "${metricName}"`,
      '  namespace           = "CISBenchmark"',
      '  statistic           = "Sum"',
      '  period              = 300',
      '  threshold           = 1',
      '  comparison_operator = "GreaterThanOrEqualToThreshold"',
      '  evaluation_periods  = 1',
      '  alarm_actions       = [aws_sns_topic.security_alerts.arn]',
      '}',
    ].join('\n'),
  };
}

/** ACC-09 fixtures: an account whose one trail's log group has `pattern` as a filter and, unless null, an alarm on it. */
import type { CloudTrailAccount, MetricAlarm } from '@cspmexa/resources';
import type { CheckFixtures } from '../../../engine/fixtures';
import { logMonitoring, metricAlarm, metricFilter, ok, trailAccount, trailsDenied, trailView } from './account-fixture';

export function monitoredAccount(pattern: string, alarm: Partial<MetricAlarm> | null = {}, metricName = 'Watched'): CloudTrailAccount {
  const alarms = alarm === null ? [] : [metricAlarm(metricName, alarm)];
  return trailAccount(trailView({ logMonitoring: ok(logMonitoring({ metricFilters: [metricFilter(pattern, metricName)], alarms })) }));
}

/** The standard PASS / FAIL / UNKNOWN cases for one CIS filter. */
export function alarmFixtureCases(cisPattern: string, otherPattern: string): CheckFixtures<CloudTrailAccount> {
  return {
    pass: [
      { name: 'CIS filter with an alarm notifying a topic', resource: monitoredAccount(cisPattern) },
      { name: 'CIS filter without spaces around operators', resource: monitoredAccount(cisPattern.replace(/\s*([(){}=!&|]+)\s*/g, '$1')) },
    ],
    fail: [
      { name: 'no matching filter', resource: monitoredAccount(otherPattern) },
      { name: 'filter without alarm', resource: monitoredAccount(cisPattern, null) },
      { name: 'alarm without action', resource: monitoredAccount(cisPattern, { alarmActions: [] }) },
      { name: 'trail not delivering to CloudWatch Logs', resource: trailAccount(trailView({ logMonitoring: { state: 'absent' } })) },
    ],
    unknown: [{ name: 'ListTrails denied', resource: trailsDenied() }],
  };
}

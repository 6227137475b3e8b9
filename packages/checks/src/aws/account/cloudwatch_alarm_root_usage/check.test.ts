import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { monitoredAccount } from '../lib/alarm-fixtures';
import { ROOT_USAGE } from '../lib/cis-monitoring';
import { accessDenied, logMonitoring, metricAlarm, metricFilter, ok, trailAccount, trailConfiguration, trailView } from '../lib/account-fixture';
import { check } from './check';

const verdict = (account: ReturnType<typeof trailAccount>, settings?: { requireAlarmAction: boolean }) => evaluateCheck(check, account, { settings })[0];

describe('cloudwatch_alarm_root_usage (ACC-09, CIS 4.3)', () => {
  it('ACC-09 passes the CIS pattern with extra spaces and reordered terms, naming filter, alarm and topic', () => {
    const pattern = '{   ($.eventType   !=   "AwsServiceEvent")   &&  ($.userIdentity.type = "Root")&&($.userIdentity.invokedBy NOT EXISTS)}';
    const result = verdict(monitoredAccount(pattern));
    expect(result?.status).toBe('PASS');
    expect(result?.message).toBe(
      "Trail management alarms on usage of the 'root' user: filter Watched-filter on log group cloudtrail feeds alarm Watched-alarm notifying arn:aws:sns:us-east-1:111122223333:security-alerts",
    );
  });

  it('ACC-09 fails a filter that drops the CIS exclusions (it would alarm on AWS service events)', () => {
    expect(verdict(monitoredAccount('{ $.userIdentity.type = "Root" }'))?.message).toContain('has no metric filter matching usage of the \'root\' user');
  });

  it('ACC-09 fails an alarm with no action, unless requireAlarmAction is off (Prowler\'s reading)', () => {
    const silent = monitoredAccount(ROOT_USAGE.cisPattern, { alarmActions: [] });
    expect(verdict(silent)?.message).toContain('alarm Watched-alarm on the metric of filter Watched-filter has no enabled alarm action');
    expect(verdict(silent, { requireAlarmAction: false })?.status).toBe('PASS');
    expect(verdict(monitoredAccount(ROOT_USAGE.cisPattern, { actionsEnabled: false }))?.status).toBe('FAIL');
  });

  it('ACC-09 fails an alarm on another metric than the filter\'s, or in another namespace', () => {
    const elsewhere = trailAccount(trailView({ logMonitoring: ok(logMonitoring({ metricFilters: [metricFilter(ROOT_USAGE.cisPattern, 'RootUsage')], alarms: [metricAlarm('RootUsage', { metrics: [{ metricName: 'RootUsage', namespace: 'Other' }] })] })) }));
    expect(verdict(elsewhere)?.message).toContain('no alarm watches the metric of filter RootUsage-filter');
  });

  it('ACC-09 only counts the log group of an active multi-region trail', () => {
    const stopped = trailAccount(trailView({ status: ok({ isLogging: false }) }));
    expect(verdict(stopped)?.message).toContain('logging is stopped');
    const single = trailAccount(trailView({ configuration: ok(trailConfiguration({ isMultiRegionTrail: false })) }));
    expect(verdict(single)?.message).toContain('single-region trail');
  });

  it('ACC-09 is UNKNOWN when the metric filters or alarms could not be read', () => {
    const denied = trailAccount(trailView({ logMonitoring: accessDenied('cloudwatch:DescribeAlarms') }));
    expect(verdict(denied)?.status).toBe('UNKNOWN');
    expect(verdict(denied)?.message).toContain('cloudwatch:DescribeAlarms failed with AccessDenied');
  });

  it('ACC-09 passes when a second trail carries the alarm and the first has no log group', () => {
    const plain = trailView({ trailName: 'plain', logMonitoring: { state: 'absent' } });
    const watched = monitoredAccount(ROOT_USAGE.cisPattern);
    const both = trailAccount(plain, ...(watched.trails.state === 'ok' ? watched.trails.value : []));
    expect(verdict(both)?.status).toBe('PASS');
  });
});

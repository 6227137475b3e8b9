/** Pure mapping from CloudTrail, CloudWatch Logs and CloudWatch answers to the normalized trail parts (no I/O). */
import type { AdvancedEventSelector as SdkAdvancedSelector, EventSelector, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { MetricAlarm as SdkMetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricFilter as SdkMetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { AdvancedFieldSelector, ClassicEventSelector, MetricAlarm, MetricFilter, TrailConfiguration, TrailEventSelectors, TrailStatus } from '@cspmexa/resources';

export function trailConfiguration(t: Trail): TrailConfiguration {
  return {
    isMultiRegionTrail: t.IsMultiRegionTrail === true,
    isOrganizationTrail: t.IsOrganizationTrail === true,
    includeGlobalServiceEvents: t.IncludeGlobalServiceEvents === true,
    logFileValidationEnabled: t.LogFileValidationEnabled === true,
    ...(t.KmsKeyId ? { kmsKeyId: t.KmsKeyId } : {}),
    ...(t.S3BucketName ? { s3BucketName: t.S3BucketName } : {}),
    ...(t.S3KeyPrefix ? { s3KeyPrefix: t.S3KeyPrefix } : {}),
    ...(t.CloudWatchLogsLogGroupArn ? { cloudWatchLogsLogGroupArn: t.CloudWatchLogsLogGroupArn } : {}),
  };
}

export function trailStatus(o: GetTrailStatusCommandOutput): TrailStatus {
  return { isLogging: o.IsLogging === true, ...(o.LatestDeliveryError ? { latestDeliveryError: o.LatestDeliveryError } : {}) };
}

const READ_WRITE_TYPES = new Set(['All', 'ReadOnly', 'WriteOnly']);

function classicSelector(s: EventSelector): ClassicEventSelector {
  // AWS's defaults when a field is left out: ReadWriteType All, management events included.
  const readWriteType = s.ReadWriteType && READ_WRITE_TYPES.has(s.ReadWriteType) ? (s.ReadWriteType as ClassicEventSelector['readWriteType']) : 'All';
  return {
    readWriteType,
    includeManagementEvents: s.IncludeManagementEvents !== false,
    excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
    dataResources: (s.DataResources ?? []).flatMap((d) => (d.Type ? [{ type: d.Type, values: d.Values ?? [] }] : [])),
  };
}

const OPERATORS = [
  ['Equals', 'equals'],
  ['NotEquals', 'notEquals'],
  ['StartsWith', 'startsWith'],
  ['NotStartsWith', 'notStartsWith'],
  ['EndsWith', 'endsWith'],
  ['NotEndsWith', 'notEndsWith'],
] as const;

function advancedSelector(s: SdkAdvancedSelector): { name?: string; fieldSelectors: AdvancedFieldSelector[] } {
  const fieldSelectors = (s.FieldSelectors ?? []).flatMap((f) => {
    if (!f.Field) return [];
    const selector: AdvancedFieldSelector = { field: f.Field };
    for (const [sdkKey, key] of OPERATORS) {
      const values = f[sdkKey];
      if (values && values.length > 0) selector[key] = values;
    }
    return [selector];
  });
  return { ...(s.Name ? { name: s.Name } : {}), fieldSelectors };
}

export function eventSelectors(o: { EventSelectors?: EventSelector[]; AdvancedEventSelectors?: SdkAdvancedSelector[] }): TrailEventSelectors {
  return { selectors: (o.EventSelectors ?? []).map(classicSelector), advancedSelectors: (o.AdvancedEventSelectors ?? []).map(advancedSelector) };
}

export function metricFilter(f: SdkMetricFilter): MetricFilter {
  return {
    filterName: f.filterName ?? '',
    filterPattern: f.filterPattern ?? '',
    metrics: (f.metricTransformations ?? []).flatMap((m) => (m.metricName && m.metricNamespace ? [{ metricName: m.metricName, metricNamespace: m.metricNamespace }] : [])),
  };
}

/** The metric of a plain alarm, or every metric a metric-math alarm reads. */
function alarmMetrics(a: SdkMetricAlarm): MetricAlarm['metrics'] {
  const own = a.MetricName && a.Namespace ? [{ metricName: a.MetricName, namespace: a.Namespace }] : [];
  const math = (a.Metrics ?? []).flatMap((q) => {
    const m = q.MetricStat?.Metric;
    return m?.MetricName && m.Namespace ? [{ metricName: m.MetricName, namespace: m.Namespace }] : [];
  });
  return [...own, ...math];
}

export function metricAlarm(a: SdkMetricAlarm): MetricAlarm {
  return {
    alarmName: a.AlarmName ?? '',
    ...(a.AlarmArn ? { alarmArn: a.AlarmArn } : {}),
    metrics: alarmMetrics(a),
    actionsEnabled: a.ActionsEnabled !== false,
    alarmActions: a.AlarmActions ?? [],
    ...(a.StateValue ? { stateValue: a.StateValue } : {}),
  };
}

/** `arn:aws:logs:<region>:<account>:log-group:<name>:*` -> its parts; undefined for anything else. */
export function parseLogGroupArn(arn: string): { region: string; accountId: string; name: string } | undefined {
  const parts = arn.split(':');
  if (parts.length < 7 || parts[2] !== 'logs' || parts[5] !== 'log-group') return undefined;
  const [, , , region, accountId, , name] = parts;
  return region && accountId && name ? { region, accountId, name } : undefined;
}

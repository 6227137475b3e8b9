/**
 * CloudTrail, as the ACC rows of checks.csv read it: one resource per trail (ListTrails, then DescribeTrails,
 * GetTrailStatus and GetEventSelectors in the trail's home region, the metric filters and alarms on its CloudWatch
 * Logs log group, and its S3 bucket as the same scan collected it), and one account-level resource listing every
 * trail, because "is there a multi-region trail" or "is root usage alarmed" are questions about the account.
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { PublicAccessBlock, S3Bucket } from './s3-bucket';

/** DescribeTrails: the trail's own settings. */
export interface TrailConfiguration {
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  includeGlobalServiceEvents: boolean;
  logFileValidationEnabled: boolean;
  /** The KMS key (ARN) that encrypts the log files; absent when they use SSE-S3 only. */
  kmsKeyId?: string;
  s3BucketName?: string;
  s3KeyPrefix?: string;
  /** `arn:aws:logs:<region>:<account>:log-group:<name>:*` when the trail also delivers to CloudWatch Logs. */
  cloudWatchLogsLogGroupArn?: string;
}

/** GetTrailStatus. */
export interface TrailStatus {
  isLogging: boolean;
  latestDeliveryError?: string;
}

/** A classic event selector (GetEventSelectors EventSelectors[]). */
export interface ClassicEventSelector {
  readWriteType: 'All' | 'ReadOnly' | 'WriteOnly';
  includeManagementEvents: boolean;
  excludeManagementEventSources: string[];
  /** Data events: `AWS::S3::Object` with `arn:aws:s3` (every bucket) or bucket ARN prefixes, Lambda functions... */
  dataResources: { type: string; values: string[] }[];
}

/** One condition of an advanced event selector: a field and the operators AWS allows on it. */
export interface AdvancedFieldSelector {
  field: string;
  equals?: string[];
  notEquals?: string[];
  startsWith?: string[];
  notStartsWith?: string[];
  endsWith?: string[];
  notEndsWith?: string[];
}

/** An advanced event selector (GetEventSelectors AdvancedEventSelectors[]): every field selector must match. */
export interface AdvancedEventSelector {
  name?: string;
  fieldSelectors: AdvancedFieldSelector[];
}

/** What a trail records: AWS answers either classic or advanced selectors, never both. */
export interface TrailEventSelectors {
  selectors: ClassicEventSelector[];
  advancedSelectors: AdvancedEventSelector[];
}

/** logs:DescribeMetricFilters on the trail's log group. */
export interface MetricFilter {
  filterName: string;
  filterPattern: string;
  metrics: { metricName: string; metricNamespace: string }[];
}

/** cloudwatch:DescribeAlarms, kept only for alarms on the metrics of those filters. */
export interface MetricAlarm {
  alarmName: string;
  alarmArn?: string;
  /** The metric of a plain alarm, or each metric of a metric-math alarm. */
  metrics: { metricName: string; namespace: string }[];
  actionsEnabled: boolean;
  /** What fires in ALARM state (SNS topics, ...). */
  alarmActions: string[];
  stateValue?: string;
}

/** The trail's CloudWatch Logs log group with its metric filters and the alarms on their metrics. */
export interface LogGroupMonitoring {
  logGroupArn: string;
  logGroupName: string;
  region: string;
  metricFilters: MetricFilter[];
  alarms: MetricAlarm[];
}

/** Everything collected about one trail; the account resource holds one per trail. */
export interface TrailView {
  trailArn: string;
  trailName: string;
  /** The region the trail was created in (a multi-region trail records every region from there). */
  homeRegion: string;
  /** DescribeTrails in the home region. */
  configuration: Collected<TrailConfiguration>;
  status: Collected<TrailStatus>;
  eventSelectors: Collected<TrailEventSelectors>;
  /** `absent` when the trail does not deliver to CloudWatch Logs. */
  logMonitoring: Collected<LogGroupMonitoring>;
}

export interface CloudTrailTrail extends AwsResourceBase, TrailView {
  kind: 'aws.cloudtrail.trail';
  /**
   * The trail's S3 bucket as the same scan collected it (ACL, policy, Block Public Access, logging), an error when
   * the bucket is not among the account's buckets (a log archive account) or could not be listed. Set after
   * every collector ran; undefined in data written before it was.
   */
  bucket?: Collected<S3Bucket>;
  /** The account-level S3 Block Public Access of the bucket's account (this account), for the same judgement. */
  accountPublicAccessBlock?: Collected<PublicAccessBlock>;
}

export interface CloudTrailAccount extends AwsResourceBase {
  kind: 'aws.cloudtrail.account';
  /** Every trail ListTrails returned (organization trails included), each with what could be read about it. */
  trails: Collected<TrailView[]>;
}

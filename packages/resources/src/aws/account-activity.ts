/**
 * Types for the ACC rows of checks.csv (CloudTrail, AWS Config, alternate contacts, CloudWatch alarms), defined
 * so that checks can be written against them. Not collected yet: their SDK clients are not installed.
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';

export interface MetricFilter {
  filterName: string;
  filterPattern: string;
  metrics: { metricName: string; metricNamespace: string }[];
}

export interface MetricAlarm {
  alarmName: string;
  metricName?: string;
  namespace?: string;
  actionsEnabled: boolean;
  alarmActions: string[];
}

export interface CloudTrailTrail extends AwsResourceBase {
  kind: 'aws.cloudtrail.trail';
  trailName: string;
  homeRegion?: string;
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  logFileValidationEnabled: boolean;
  kmsKeyId?: string;
  s3BucketName?: string;
  cloudWatchLogsLogGroupArn?: string;
  /** GetTrailStatus. */
  status: Collected<{ isLogging: boolean }>;
  /** GetEventSelectors: classic and advanced selectors as AWS returned them. */
  eventSelectors: Collected<{ selectors: unknown[]; advancedSelectors: unknown[] }>;
  /** logs:DescribeMetricFilters on the trail's log group. */
  metricFilters: Collected<MetricFilter[]>;
  /** cloudwatch:DescribeAlarms for the metrics of those filters. */
  alarms: Collected<MetricAlarm[]>;
}

export interface ConfigRecorderRegion extends AwsResourceBase {
  kind: 'aws.config.region';
  recorders: Collected<{ name: string; allSupported: boolean; includeGlobalResourceTypes: boolean; recording: boolean }[]>;
}

export interface AccessAnalyzerRegion extends AwsResourceBase {
  kind: 'aws.accessanalyzer.region';
  analyzers: Collected<{ name: string; arn: string; type: string; status: string }[]>;
}

export interface AccountContacts extends AwsResourceBase {
  kind: 'aws.account.contacts';
  /** account:GetAlternateContact(SECURITY); `absent` when none is registered. */
  securityContact: Collected<{ name?: string; emailAddress?: string; phoneNumber?: string }>;
}

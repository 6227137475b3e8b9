/** Fixture builders for the account-level checks (CloudTrail, Config, contacts): a well-kept account, overridden part by part. */
import {
  absent,
  ok,
  type AccountContacts,
  type ClassicEventSelector,
  type CloudTrailAccount,
  type CloudTrailTrail,
  type ConfigRecorderRegion,
  type LogGroupMonitoring,
  type MetricAlarm,
  type MetricFilter,
  type TrailConfiguration,
  type TrailView,
} from '@cspmexa/resources';
import { accessDenied, s3Bucket } from '../../s3/lib/bucket-fixture';
import { ROOT_USAGE } from './cis-monitoring';

export { accessDenied, ALL_BLOCKED, NONE_BLOCKED } from '../../s3/lib/bucket-fixture';
export { absent, ok };

export const ACCOUNT_ID = '111122223333';
export const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${ACCOUNT_ID}:trail/management`;
export const LOG_GROUP_ARN = `arn:aws:logs:us-east-1:${ACCOUNT_ID}:log-group:cloudtrail:*`;
export const SNS_TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT_ID}:security-alerts`;

/** The default: every management event, read and write. */
export const ALL_MANAGEMENT: ClassicEventSelector = { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] };

export function trailConfiguration(overrides: Partial<TrailConfiguration> = {}): TrailConfiguration {
  return {
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    s3BucketName: 'cloudtrail-logs',
    cloudWatchLogsLogGroupArn: LOG_GROUP_ARN,
    ...overrides,
  };
}

export function metricFilter(filterPattern: string, metricName = 'RootUsage'): MetricFilter {
  return { filterName: `${metricName}-filter`, filterPattern, metrics: [{ metricName, metricNamespace: 'CISBenchmark' }] };
}

export function metricAlarm(metricName = 'RootUsage', overrides: Partial<MetricAlarm> = {}): MetricAlarm {
  return { alarmName: `${metricName}-alarm`, metrics: [{ metricName, namespace: 'CISBenchmark' }], actionsEnabled: true, alarmActions: [SNS_TOPIC], ...overrides };
}

/** The trail's log group with the CIS root-usage filter and an alarm notifying a topic. */
export function logMonitoring(overrides: Partial<LogGroupMonitoring> = {}): LogGroupMonitoring {
  return { logGroupArn: LOG_GROUP_ARN, logGroupName: 'cloudtrail', region: 'us-east-1', metricFilters: [metricFilter(ROOT_USAGE.cisPattern)], alarms: [metricAlarm()], ...overrides };
}

/** A multi-region trail, logging every management event, validated, KMS-encrypted, delivering to CloudWatch Logs. */
export function trailView(overrides: Partial<TrailView> = {}): TrailView {
  const trailName = overrides.trailName ?? 'management';
  return {
    trailArn: `arn:aws:cloudtrail:us-east-1:${ACCOUNT_ID}:trail/${trailName}`,
    trailName,
    homeRegion: 'us-east-1',
    configuration: ok(trailConfiguration()),
    status: ok({ isLogging: true }),
    eventSelectors: ok({ selectors: [ALL_MANAGEMENT], advancedSelectors: [] }),
    logMonitoring: ok(logMonitoring()),
    ...overrides,
  };
}

/** That trail as a resource, its bucket private and logging its own access. */
export function trail(overrides: Partial<CloudTrailTrail> = {}): CloudTrailTrail {
  const view = trailView(overrides);
  return {
    kind: 'aws.cloudtrail.trail',
    arn: view.trailArn,
    name: view.trailName,
    accountId: ACCOUNT_ID,
    region: view.homeRegion,
    ...view,
    bucket: ok(s3Bucket({ name: 'cloudtrail-logs', logging: ok({ targetBucket: 'access-logs', targetPrefix: 'cloudtrail-logs/' }) })),
    ...overrides,
  };
}

export function trailAccount(...views: TrailView[]): CloudTrailAccount {
  return { kind: 'aws.cloudtrail.account', arn: `arn:aws:cloudtrail::${ACCOUNT_ID}:account`, name: 'CloudTrail account settings', accountId: ACCOUNT_ID, region: 'global', trails: ok(views) };
}

/** An account whose trails could not be listed. */
export function trailsDenied(): CloudTrailAccount {
  return { ...trailAccount(), trails: accessDenied<TrailView[]>('cloudtrail:ListTrails') };
}

export function configRegion(overrides: Partial<ConfigRecorderRegion> = {}): ConfigRecorderRegion {
  const region = overrides.region ?? 'eu-west-1';
  return {
    kind: 'aws.config.region',
    arn: `arn:aws:config:${region}:${ACCOUNT_ID}:configuration-recorders`,
    name: `AWS Config ${region}`,
    accountId: ACCOUNT_ID,
    region,
    recorders: ok([{ name: 'default', allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] }]),
    statuses: ok([{ name: 'default', recording: true, lastStatus: 'Success' }]),
    ...overrides,
  };
}

export function accountContacts(overrides: Partial<AccountContacts> = {}): AccountContacts {
  return {
    kind: 'aws.account.contacts',
    arn: `arn:aws:account::${ACCOUNT_ID}:account`,
    name: 'Alternate contacts',
    accountId: ACCOUNT_ID,
    region: 'global',
    securityContact: ok({ name: 'Security team', emailAddress: 'security@example.com', phoneNumber: '+1 555 0100' }),
    ...overrides,
  };
}

/**
 * Account-wide services of the demo: IAM Access Analyzer per region (active only in us-east-1), one multi-region
 * CloudTrail trail (logging, KMS-encrypted, without log file validation, S3 write data events but no read ones,
 * a CloudWatch Logs group alarmed for root usage only), AWS Config recording in us-east-1, stopped in eu-west-1
 * and absent in ap-southeast-2, and no security contact: each ACC check sees a realistic mix.
 */
import { absent, ok, type CloudResource, type TrailView } from '@cspmexa/resources';
import { DEMO_ACCOUNT, DEMO_REGIONS } from './common';

const TRAIL_NAME = 'org-audit';
const TRAIL_ARN = `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/${TRAIL_NAME}`;
const LOG_GROUP = 'aws-cloudtrail-logs-examplecorp';
const ROOT_USAGE_PATTERN = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
const POLICY_CHANGES_PATTERN =
  '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}';

/** The trail as every trail-reading check sees it; the bucket is joined by the same linker a live scan uses. */
function auditTrail(): TrailView {
  return {
    trailArn: TRAIL_ARN,
    trailName: TRAIL_NAME,
    homeRegion: 'us-east-1',
    configuration: ok({
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      includeGlobalServiceEvents: true,
      logFileValidationEnabled: false,
      kmsKeyId: `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/6f1c2a4e-cloudtrail`,
      s3BucketName: 'examplecorp-cloudtrail-logs',
      cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:${LOG_GROUP}:*`,
    }),
    status: ok({ isLogging: true }),
    eventSelectors: ok({
      selectors: [
        { readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] },
        { readWriteType: 'WriteOnly', includeManagementEvents: false, excludeManagementEventSources: [], dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] },
      ],
      advancedSelectors: [],
    }),
    logMonitoring: ok({
      logGroupArn: `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:${LOG_GROUP}`,
      logGroupName: LOG_GROUP,
      region: 'us-east-1',
      metricFilters: [
        { filterName: 'root-usage', filterPattern: ROOT_USAGE_PATTERN, metrics: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark' }] },
        // Filtered but never alarmed: the IAM policy change check fails on the missing alarm, not on the filter.
        { filterName: 'iam-policy-changes', filterPattern: POLICY_CHANGES_PATTERN, metrics: [{ metricName: 'IAMPolicyChanges', metricNamespace: 'CISBenchmark' }] },
      ],
      alarms: [
        {
          alarmName: 'cis-root-usage',
          alarmArn: `arn:aws:cloudwatch:us-east-1:${DEMO_ACCOUNT}:alarm:cis-root-usage`,
          metrics: [{ metricName: 'RootUsage', namespace: 'CISBenchmark' }],
          actionsEnabled: true,
          alarmActions: [`arn:aws:sns:us-east-1:${DEMO_ACCOUNT}:security-alerts`],
          stateValue: 'OK',
        },
      ],
    }),
  };
}

export function demoAccountActivity(): CloudResource[] {
  const trail = auditTrail();
  const out: CloudResource[] = DEMO_REGIONS.map((region) => ({
    kind: 'aws.accessanalyzer.region',
    arn: `arn:aws:access-analyzer:${region}:${DEMO_ACCOUNT}:analyzers`,
    name: `Access Analyzer (${region})`,
    accountId: DEMO_ACCOUNT,
    region,
    analyzers: ok(region === 'us-east-1' ? [{ name: 'account-analyzer', arn: `arn:aws:access-analyzer:${region}:${DEMO_ACCOUNT}:analyzer/account-analyzer`, type: 'ACCOUNT', status: 'ACTIVE' }] : []),
  }));
  out.push(
    ...DEMO_REGIONS.map((region): CloudResource => {
      const recorders = region === 'ap-southeast-2' ? [] : [{ name: 'default', allSupported: true, includeGlobalResourceTypes: region === 'us-east-1', resourceTypes: [] }];
      return {
        kind: 'aws.config.region',
        arn: `arn:aws:config:${region}:${DEMO_ACCOUNT}:recorders`,
        name: `AWS Config (${region})`,
        accountId: DEMO_ACCOUNT,
        region,
        recorders: ok(recorders),
        statuses: ok(recorders.map((r) => ({ name: r.name, recording: region === 'us-east-1', lastStatus: region === 'us-east-1' ? 'Success' : 'Pending' }))),
      };
    }),
  );
  out.push({ kind: 'aws.cloudtrail.trail', arn: TRAIL_ARN, name: TRAIL_NAME, accountId: DEMO_ACCOUNT, region: 'us-east-1', tags: ok({ Team: 'security' }), ...trail });
  out.push({ kind: 'aws.cloudtrail.account', arn: `arn:aws:cloudtrail::${DEMO_ACCOUNT}:account`, name: 'CloudTrail account settings', accountId: DEMO_ACCOUNT, region: 'global', trails: ok([trail]) });
  out.push({
    kind: 'aws.account.contacts',
    arn: `arn:aws:account::${DEMO_ACCOUNT}:account`,
    name: 'Account contacts',
    accountId: DEMO_ACCOUNT,
    region: 'global',
    securityContact: absent(),
  });
  return out;
}

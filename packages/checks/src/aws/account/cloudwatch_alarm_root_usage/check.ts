import { defineCheck } from '../../../engine/define-check';
import { alarmRemediation, judgeAlarmCoverage } from '../lib/alarm-coverage';
import { ROOT_USAGE } from '../lib/cis-monitoring';
import { CLOUDTRAIL_DOCS } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'cloudwatch_alarm_root_usage',
    shortId: 'ACC-09',
    title: 'Use of the root user raises a CloudWatch alarm',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that an active multi-region trail delivers to a CloudWatch Logs log group carrying a metric filter equivalent to CIS 4.3 (root identity, not invoked by an AWS service, not an AwsServiceEvent; whitespace, grouping and term order do not matter) and that an alarm on its metric has an enabled action.',
    risk: 'The root user bypasses every IAM restriction; its use outside a rare, planned task is a strong sign of compromise that nobody learns about without an alarm.',
    remediation: alarmRemediation(ROOT_USAGE, 'RootUsage'),
    references: [CLOUDTRAIL_DOCS.alarms, CLOUDTRAIL_DOCS.cloudWatchLogs, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html'],
    compliance: { 'cis-aws-3.0.0': ['4.3'], 'cis-aws-5.0.0': ['4.3'] },
    settings: {
      /** The alarm must notify someone (an enabled action, e.g. an SNS topic); off, any alarm on the metric passes, as in Prowler. */
      requireAlarmAction: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeAlarmCoverage(account, ROOT_USAGE, settings.requireAlarmAction);
  },
});

import { defineCheck } from '../../../engine/define-check';
import { alarmRemediation, judgeAlarmCoverage } from '../lib/alarm-coverage';
import { SECURITY_GROUP_CHANGE_EVENTS } from '../lib/cis-monitoring';
import { CLOUDTRAIL_DOCS } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'cloudwatch_alarm_security_group_changes',
    shortId: 'ACC-09',
    title: 'Security group changes raise a CloudWatch alarm',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that an active multi-region trail delivers to a CloudWatch Logs log group carrying a metric filter that matches the six security group changes CIS 4.10 lists (Authorize/Revoke ingress and egress, Create/Delete) and not reads, in any order or spacing, and that an alarm on its metric has an enabled action.',
    risk: 'A security group opened to the internet is the most common way an instance or database gets exposed; without an alarm the opening stays until someone happens to look.',
    remediation: alarmRemediation(SECURITY_GROUP_CHANGE_EVENTS, 'SecurityGroupChanges'),
    references: [CLOUDTRAIL_DOCS.alarms, CLOUDTRAIL_DOCS.cloudWatchLogs, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html'],
    compliance: { 'cis-aws-3.0.0': ['4.10'], 'cis-aws-5.0.0': ['4.10'] },
    settings: {
      /** The alarm must notify someone (an enabled action, e.g. an SNS topic); off, any alarm on the metric passes, as in Prowler. */
      requireAlarmAction: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeAlarmCoverage(account, SECURITY_GROUP_CHANGE_EVENTS, settings.requireAlarmAction);
  },
});

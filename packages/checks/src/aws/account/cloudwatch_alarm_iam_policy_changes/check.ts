import { defineCheck } from '../../../engine/define-check';
import { alarmRemediation, judgeAlarmCoverage } from '../lib/alarm-coverage';
import { IAM_POLICY_CHANGES } from '../lib/cis-monitoring';
import { CLOUDTRAIL_DOCS } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'cloudwatch_alarm_iam_policy_changes',
    shortId: 'ACC-09',
    title: 'IAM policy changes raise a CloudWatch alarm',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that an active multi-region trail delivers to a CloudWatch Logs log group carrying a metric filter that matches all sixteen IAM policy changes CIS 4.4 lists (Put/Delete of inline policies, Create/Delete of policies and versions, Attach/Detach to users, groups and roles) and not reads, in any order or spacing, and that an alarm on its metric has an enabled action.',
    risk: 'A policy change is how an intruder turns a foothold into lasting, wider access (an admin policy attached to a created user, a permissive version made default); without an alarm it is found, if ever, at the next audit.',
    remediation: alarmRemediation(IAM_POLICY_CHANGES, 'IamPolicyChanges'),
    references: [CLOUDTRAIL_DOCS.alarms, CLOUDTRAIL_DOCS.cloudWatchLogs, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html'],
    compliance: { 'cis-aws-3.0.0': ['4.4'], 'cis-aws-5.0.0': ['4.4'] },
    settings: {
      /** The alarm must notify someone (an enabled action, e.g. an SNS topic); off, any alarm on the metric passes, as in Prowler. */
      requireAlarmAction: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeAlarmCoverage(account, IAM_POLICY_CHANGES, settings.requireAlarmAction);
  },
});

import { defineCheck } from '../../../engine/define-check';
import { alarmRemediation, judgeAlarmCoverage } from '../lib/alarm-coverage';
import { NACL_CHANGE_EVENTS } from '../lib/cis-monitoring';
import { CLOUDTRAIL_DOCS } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'cloudwatch_alarm_network_acl_changes',
    shortId: 'ACC-09',
    title: 'Network ACL changes raise a CloudWatch alarm',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.account',
    description:
      'Checks that an active multi-region trail delivers to a CloudWatch Logs log group carrying a metric filter that matches the six network ACL changes CIS 4.11 lists (Create/Delete of ACLs and entries, Replace of entries and associations) and not reads, in any order or spacing, and that an alarm on its metric has an enabled action.',
    risk: 'Network ACLs are the subnet-level guard rail; a rule replaced or deleted silently opens every instance of the subnet.',
    remediation: alarmRemediation(NACL_CHANGE_EVENTS, 'NetworkAclChanges'),
    references: [CLOUDTRAIL_DOCS.alarms, CLOUDTRAIL_DOCS.cloudWatchLogs, 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html'],
    compliance: { 'cis-aws-3.0.0': ['4.11'], 'cis-aws-5.0.0': ['4.11'] },
    settings: {
      /** The alarm must notify someone (an enabled action, e.g. an SNS topic); off, any alarm on the metric passes, as in Prowler. */
      requireAlarmAction: true,
    },
  },
  evaluate(account, { settings }) {
    return judgeAlarmCoverage(account, NACL_CHANGE_EVENTS, settings.requireAlarmAction);
  },
});

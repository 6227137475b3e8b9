import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { CLOUDTRAIL_DOCS, terraformTrail } from '../lib/references';
import { trailLabel, withTrailSettings } from '../lib/trail-settings';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_log_file_validation_enabled',
    shortId: 'ACC-02',
    title: 'CloudTrail trail has log file integrity validation enabled',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.trail',
    description:
      'Checks that DescribeTrails reports LogFileValidationEnabled for the trail, so that CloudTrail writes a signed digest file every hour covering the log files it delivered.',
    risk:
      'Without digest files, log files deleted or edited in the bucket (by an intruder covering their tracks, or by mistake) cannot be detected, and the logs lose their value as evidence.',
    remediation: {
      text: 'Enable log file validation on the trail; validate the logs with `aws cloudtrail validate-logs` when investigating.',
      cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
      terraform: terraformTrail('  enable_log_file_validation    = true'),
    },
    references: [CLOUDTRAIL_DOCS.validation, 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-cli.html'],
    compliance: { 'cis-aws-3.0.0': ['3.2'], 'cis-aws-5.0.0': ['3.2'] },
    settings: {},
  },
  evaluate(trail) {
    return withTrailSettings(trail, `whether log file validation is enabled on trail ${trail.name}`, (c) =>
      c.logFileValidationEnabled
        ? pass(trail.arn, `Log file validation is enabled on ${trailLabel(trail, c)}`)
        : fail(trail.arn, `Log file validation is disabled on ${trailLabel(trail, c)}`),
    );
  },
});

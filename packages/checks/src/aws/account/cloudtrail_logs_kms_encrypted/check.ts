import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { CLOUDTRAIL_DOCS, terraformTrail } from '../lib/references';
import { trailLabel, withTrailSettings } from '../lib/trail-settings';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_logs_kms_encrypted',
    shortId: 'ACC-03',
    title: 'CloudTrail trail encrypts its log files with a KMS key',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.trail',
    description:
      'Checks that DescribeTrails reports a KmsKeyId for the trail, i.e. that log files are encrypted with SSE-KMS under a customer managed key rather than with the bucket default alone.',
    risk:
      'With SSE-S3 only, anyone who can read the bucket reads the logs; with a KMS key, reading them also needs kms:Decrypt, which can be limited to investigators and is itself logged.',
    remediation: {
      text: 'Create a customer managed KMS key whose policy lets CloudTrail encrypt and your investigators decrypt, then set it on the trail.',
      cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn-or-alias>',
      terraform: terraformTrail('  kms_key_id                    = aws_kms_key.cloudtrail.arn'),
    },
    references: [CLOUDTRAIL_DOCS.kms, 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html'],
    compliance: { 'cis-aws-3.0.0': ['3.5'], 'cis-aws-5.0.0': ['3.5'] },
    settings: {},
  },
  evaluate(trail) {
    return withTrailSettings(trail, `whether trail ${trail.name} encrypts its logs with KMS`, (c) =>
      c.kmsKeyId
        ? pass(trail.arn, `Log files of ${trailLabel(trail, c)} are encrypted with KMS key ${c.kmsKeyId}`, { kmsKeyId: c.kmsKeyId })
        : fail(trail.arn, `Log files of ${trailLabel(trail, c)} are not encrypted with a KMS key (SSE-S3 at most)`),
    );
  },
});

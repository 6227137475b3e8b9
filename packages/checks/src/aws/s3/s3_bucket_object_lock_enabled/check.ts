import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_object_lock_enabled',
    shortId: 'S3-14',
    title: 'S3 bucket has Object Lock enabled',
    severity: 'LOW',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks GetObjectLockConfiguration ObjectLockEnabled is Enabled. With requireDefaultRetention, a default retention rule (mode and period) is also required.',
    risk: 'Without Object Lock, anyone with delete permissions (or stolen credentials, or ransomware) can destroy every version of the data; Object Lock makes versions immutable for the retention period.',
    remediation: {
      text: 'Enable Object Lock on the bucket (possible on existing versioned buckets) and set a default retention in GOVERNANCE or COMPLIANCE mode fitting the data\'s retention needs.',
      cli: 'aws s3api put-object-lock-configuration --bucket <bucket> --object-lock-configuration \'{"ObjectLockEnabled":"Enabled","Rule":{"DefaultRetention":{"Mode":"GOVERNANCE","Days":30}}}\'',
      terraform: 'resource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html'],
    compliance: {},
    settings: {
      /** Also require a default retention rule, not just Object Lock switched on. */
      requireDefaultRetention: false,
    },
  },
  evaluate(bucket, { settings }) {
    const question = `whether Object Lock is enabled on ${bucket.name}`;
    const lock = bucket.objectLock;
    if (lock === undefined) return unknownMissingField(bucket.arn, question, 'GetObjectLockConfiguration', 'objectLock');
    if (lock.state === 'error') return unknownBecause(bucket.arn, question, lock);
    if (lock.state === 'absent' || !lock.value.enabled) return fail(bucket.arn, `Bucket ${bucket.name} does not have Object Lock enabled`);
    const retention = lock.value.defaultRetention;
    if (settings.requireDefaultRetention && retention?.mode === undefined) {
      return fail(bucket.arn, `Bucket ${bucket.name} has Object Lock enabled but no default retention`, { defaultRetention: retention ?? null });
    }
    return pass(bucket.arn, `Bucket ${bucket.name} has Object Lock enabled${retention?.mode !== undefined ? ` (${retention.mode} by default)` : ''}`, { defaultRetention: retention ?? null });
  },
});

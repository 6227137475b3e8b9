import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { CLOUDTRAIL_DOCS } from '../lib/references';
import { withTrailBucket } from '../lib/trail-settings';

export const check = defineCheck({
  metadata: {
    id: 'cloudtrail_bucket_access_logging_enabled',
    shortId: 'ACC-05',
    title: 'The S3 bucket CloudTrail delivers to has server access logging enabled',
    severity: 'MEDIUM',
    service: 'account',
    resourceKind: 'aws.cloudtrail.trail',
    description:
      "Checks that GetBucketLogging of the trail's S3 bucket (as the same scan collected it) returns a LoggingEnabled target, so that every read, write and deletion of the trail's log files is itself recorded.",
    risk:
      'Without access logs on the trail bucket, someone who reads the logs to learn the account, or deletes them to cover their tracks, leaves no trace of having done so.',
    remediation: {
      text: 'Enable server access logging on the trail bucket, delivering to a separate log bucket that the same people cannot alter.',
      cli: 'aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<access-log-bucket>","TargetPrefix":"<trail-bucket>/"}}\'',
      terraform: [
        'resource "aws_s3_bucket_logging" "trail" {',
        '  bucket        = aws_s3_bucket.trail.id',
        '  target_bucket = aws_s3_bucket.access_logs.id',
        '  target_prefix = "${aws_s3_bucket.trail.id}/"',
        '}',
      ].join('\n'),
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html', CLOUDTRAIL_DOCS.bucketPolicy],
    compliance: { 'cis-aws-3.0.0': ['3.4'], 'cis-aws-5.0.0': ['3.4'] },
    settings: {},
  },
  evaluate(trail) {
    const question = `whether the bucket of trail ${trail.name} has server access logging`;
    return withTrailBucket(trail, question, (bucket) => {
      const logging = bucket.logging;
      if (logging.state === 'error') return unknownBecause(trail.arn, question, logging);
      const target = logging.state === 'ok' ? logging.value.targetBucket : undefined;
      if (!target) return fail(trail.arn, `Server access logging is disabled on bucket ${bucket.name} of trail ${trail.name}`, { bucket: bucket.name });
      return pass(trail.arn, `Access to bucket ${bucket.name} of trail ${trail.name} is logged to bucket ${target}`, { bucket: bucket.name, targetBucket: target });
    });
  },
});

import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_server_access_logging_enabled',
    shortId: 'S3-11',
    title: 'S3 bucket has server access logging enabled',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that GetBucketLogging returns a LoggingEnabled target bucket, so that S3 records every request made to the bucket (requester, operation, key, response) in another bucket.',
    risk:
      'Without access logs there is no record of who read, wrote or deleted which objects: a leak or a destructive change cannot be investigated, scoped or proven, and anomalous access goes unnoticed.',
    remediation: {
      text: 'Enable server access logging to a dedicated log bucket in the same account and region (not the bucket itself, which would log its own log writes), and allow the S3 logging service principal to write there through the log bucket policy.',
      cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
      terraform: [
        'resource "aws_s3_bucket_logging" "this" {',
        '  bucket        = aws_s3_bucket.this.id',
        '  target_bucket = aws_s3_bucket.logs.id',
        '  target_prefix = "${aws_s3_bucket.this.id}/"',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html',
    ],
    compliance: {},
    settings: {},
  },
  evaluate(bucket) {
    const logging = bucket.logging;
    if (logging.state === 'error') return unknownBecause(bucket.arn, `whether server access logging is enabled on bucket ${bucket.name}`, logging);
    const target = logging.state === 'ok' ? logging.value.targetBucket : undefined;
    if (target === undefined || target === '') {
      return fail(bucket.arn, `Server access logging is disabled on bucket ${bucket.name}`, { targetBucket: null });
    }
    const evidence = { targetBucket: target, targetPrefix: logging.state === 'ok' ? (logging.value.targetPrefix ?? '') : '' };
    // Logging into itself still records requests, so it passes; the note points at the log loop it creates.
    const note = target === bucket.name ? ' (into the bucket itself, which also logs its own log deliveries)' : '';
    return pass(bucket.arn, `Server access logging of bucket ${bucket.name} is delivered to bucket ${target}${note}`, evidence);
  },
});

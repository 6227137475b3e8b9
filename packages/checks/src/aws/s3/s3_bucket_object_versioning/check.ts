import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_object_versioning',
    shortId: 'S3-09',
    title: 'S3 bucket has versioning enabled',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that object versioning is Enabled on the bucket, so that every overwrite and delete keeps the previous version of the object.',
    risk:
      'Without versioning, an accidental overwrite or delete, or a deliberate one by someone holding stolen credentials (ransomware), destroys the only copy of the data.',
    remediation: {
      text: 'Enable versioning on the bucket and add a lifecycle rule that expires noncurrent versions to bound the storage cost.',
      cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
      terraform: [
        'resource "aws_s3_bucket_versioning" "this" {',
        '  bucket = aws_s3_bucket.this.id',
        '  versioning_configuration {',
        '    status = "Enabled"',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    ],
    compliance: {},
    settings: {},
  },
  evaluate(bucket) {
    const versioning = bucket.versioning;
    if (versioning.state === 'error') return unknownBecause(bucket.arn, 'the versioning status', versioning);
    // GetBucketVersioning returns no Status for a bucket that was never versioned; `absent` means the same.
    const status = versioning.state === 'ok' ? versioning.value.status : undefined;
    if (status === 'Enabled') return pass(bucket.arn, `Versioning is enabled on bucket ${bucket.name}`, { status });
    if (status === 'Suspended') {
      return fail(bucket.arn, `Versioning is suspended on bucket ${bucket.name}: new writes no longer keep previous versions`, {
        status,
      });
    }
    return fail(bucket.arn, `Versioning has never been enabled on bucket ${bucket.name}`, { status: 'NeverEnabled' });
  },
});

import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_acls_disabled',
    shortId: 'S3-12',
    title: 'S3 bucket has ACLs disabled (Object Ownership BucketOwnerEnforced)',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks GetBucketOwnershipControls Rules[].ObjectOwnership is BucketOwnerEnforced, which disables every bucket and object ACL so that only policies grant access. A bucket without ownership controls (OwnershipControlsNotFoundError) behaves as ObjectWriter and fails.',
    risk: 'With ACLs enabled, any object can be made public or handed to another account by its uploader, out of sight of the bucket policy and of most reviews.',
    remediation: {
      text: 'Move any access granted by ACLs into the bucket policy, then set Object Ownership to BucketOwnerEnforced (the default for buckets created since April 2023).',
      cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
      terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html'],
    compliance: {},
    settings: {},
  },
  evaluate(bucket) {
    const question = `whether ACLs are disabled on ${bucket.name}`;
    const controls = bucket.ownershipControls;
    if (controls === undefined) return unknownMissingField(bucket.arn, question, 'GetBucketOwnershipControls', 'ownershipControls');
    if (controls.state === 'error') return unknownBecause(bucket.arn, question, controls);
    if (controls.state === 'absent') return fail(bucket.arn, `Bucket ${bucket.name} has no ownership controls, so ACLs are enabled (ObjectWriter)`);
    const ownership = controls.value.objectOwnership;
    return ownership === 'BucketOwnerEnforced'
      ? pass(bucket.arn, `Bucket ${bucket.name} has ACLs disabled (BucketOwnerEnforced)`)
      : fail(bucket.arn, `Bucket ${bucket.name} has ACLs enabled (Object Ownership ${ownership})`, { objectOwnership: ownership });
  },
});

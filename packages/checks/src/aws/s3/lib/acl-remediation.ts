/**
 * The fix shared by the ACL checks (S3-04, S3-05): reset the ACL, then disable ACLs altogether with
 * BucketOwnerEnforced so that no grant can come back. S3 refuses BucketOwnerEnforced while the ACL still grants
 * access outside the account, hence the order.
 */
export const ACL_REMEDIATION_CLI = [
  'aws s3api put-bucket-acl --bucket <bucket> --acl private',
  'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
].join('\n');

export const ACL_REMEDIATION_TERRAFORM = [
  'resource "aws_s3_bucket_ownership_controls" "this" {',
  '  bucket = aws_s3_bucket.this.id',
  '  rule {',
  '    object_ownership = "BucketOwnerEnforced"',
  '  }',
  '}',
].join('\n');

export const ACL_REFERENCES = [
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions',
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups',
  'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
] as const;

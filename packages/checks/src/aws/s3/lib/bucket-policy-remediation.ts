/**
 * The fix shared by the bucket policy checks (S3-06, S3-07, S3-13): fetch the policy, edit it, put it back; in
 * Terraform, one `aws_iam_policy_document` statement attached as the bucket's policy. Only the edit and the
 * statement differ between the checks.
 */

/** The CLI round trip around `edits` (comment lines saying what to change in policy.json). */
export function bucketPolicyCli(edits: readonly string[]): string {
  return [
    'aws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json',
    ...edits,
    'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
  ].join('\n');
}

/** A policy document of one statement (its body lines, unindented) set as the bucket's policy. */
export function bucketPolicyTerraform(statement: readonly string[]): string {
  return [
    'data "aws_iam_policy_document" "bucket" {',
    '  statement {',
    ...statement.map((line) => `    ${line}`),
    '  }',
    '}',
    '',
    'resource "aws_s3_bucket_policy" "this" {',
    '  bucket = aws_s3_bucket.this.id',
    '  policy = data.aws_iam_policy_document.bucket.json',
    '}',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';
import { bucketPolicyCli, bucketPolicyTerraform } from './bucket-policy-remediation';

describe('bucket policy remediation', () => {
  it('puts the edits between fetching the policy and putting it back', () => {
    expect(bucketPolicyCli(['# edit policy.json']).split('\n')).toEqual([
      'aws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json',
      '# edit policy.json',
      'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
    ]);
  });

  it('nests the statement in a policy document attached to the bucket', () => {
    const terraform = bucketPolicyTerraform(['actions = ["s3:GetObject"]', 'principals {', '  type = "AWS"', '}']);
    // The statement's lines keep their own nesting, four spaces in.
    expect(terraform).toContain('data "aws_iam_policy_document" "bucket" {\n  statement {\n    actions = ["s3:GetObject"]\n    principals {\n      type = "AWS"\n    }\n  }\n}\n');
    expect(terraform.endsWith('resource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.bucket.json\n}')).toBe(true);
  });
});

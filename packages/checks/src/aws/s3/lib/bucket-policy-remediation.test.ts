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
    expect(bucketPolicyTerraform(['actions = ["s3:GetObject"]', 'principals {', '  type = "AWS"', '}'])).toBe(
      [
        'data "aws_iam_policy_document" "bucket" {',
        '  statement {',
        '    actions = ["s3:GetObject"]',
        '    principals {',
        '      type = "AWS"',
        '    }',
        '  }',
        '}',
        '',
        'resource "aws_s3_bucket_policy" "this" {',
        '  bucket = aws_s3_bucket.this.id',
        '  policy = data.aws_iam_policy_document.bucket.json',
        '}',
      ].join('\n'),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { deletionScope } from './deletion-scope';

const regions = [
  { region: 'eu-west-1', status: 'SCANNED' as const },
  { region: 'us-east-1', status: 'SCANNED' as const },
  { region: 'af-south-1', status: 'SKIPPED' as const, reason: 'not opted in' },
];
const sg = (region: string) => ({ kind: 'aws.ec2.security_group', region });

describe('deletionScope', () => {
  it('a COMPLETED scan proves gone what it could list: scanned regions, global, and S3 buckets of any region', () => {
    const gone = deletionScope({ status: 'COMPLETED', errors: [], regions });
    expect(gone(sg('eu-west-1'))).toBe(true);
    expect(gone({ kind: 'aws.iam.user', region: 'global' })).toBe(true);
    expect(gone({ kind: 'aws.s3.bucket', region: 'ap-south-1' })).toBe(true);
    // Not read by this scan: skipped, or no longer among the account's chosen regions.
    expect(gone(sg('af-south-1'))).toBe(false);
    expect(gone(sg('ap-south-1'))).toBe(false);
  });

  it('a PARTIAL scan keeps what a failed listing may have hidden: that service in that region only', () => {
    const gone = deletionScope({
      status: 'PARTIAL',
      errors: [{ api: 'ec2:DescribeSecurityGroups', region: 'eu-west-1', code: 'UnauthorizedOperation', message: 'denied' }],
      regions,
    });
    expect(gone(sg('eu-west-1'))).toBe(false);
    expect(gone({ kind: 'aws.ec2.vpc', region: 'eu-west-1' })).toBe(false);
    expect(gone(sg('us-east-1'))).toBe(true);
    expect(gone({ kind: 'aws.s3.bucket', region: 'eu-west-1' })).toBe(true);
  });

  it('a failed account-wide listing (ListBuckets, IAM) keeps that service everywhere', () => {
    const gone = deletionScope({
      status: 'PARTIAL',
      errors: [
        { api: 's3:ListBuckets', region: 'us-east-1', code: 'AccessDenied', message: 'denied' },
        { api: 'iam:GetAccountAuthorizationDetails', region: 'global', code: 'Throttling', message: 'slow down' },
      ],
      regions,
    });
    expect(gone({ kind: 'aws.s3.bucket', region: 'eu-west-1' })).toBe(false);
    expect(gone({ kind: 'aws.iam.role', region: 'global' })).toBe(false);
    expect(gone(sg('eu-west-1'))).toBe(true);
  });

  it('a failed read of one resource (it has an ARN) or of the caller identity hides nothing', () => {
    const gone = deletionScope({
      status: 'PARTIAL',
      errors: [
        { api: 's3:GetBucketAcl', region: 'eu-west-1', resourceArn: 'arn:aws:s3:::a', code: 'AccessDenied', message: 'denied' },
        { api: 'sts:GetCallerIdentity', code: 'AccessDenied', message: 'denied' },
      ],
      regions,
    });
    expect(gone({ kind: 'aws.s3.bucket', region: 'eu-west-1' })).toBe(true);
  });

  it('maps S3 Control failures to the S3 account settings', () => {
    const gone = deletionScope({
      status: 'PARTIAL',
      errors: [{ api: 's3control:GetPublicAccessBlock', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }],
      regions,
    });
    expect(gone({ kind: 'aws.s3.account', region: 'global' })).toBe(false);
  });

  it('maps access-analyzer:* failures to the aws.accessanalyzer kinds of that region', () => {
    const gone = deletionScope({
      status: 'PARTIAL',
      errors: [{ api: 'access-analyzer:ListAnalyzers', region: 'eu-west-1', code: 'InternalServerException', message: 'down' }],
      regions,
    });
    expect(gone({ kind: 'aws.accessanalyzer.region', region: 'eu-west-1' })).toBe(false);
    expect(gone({ kind: 'aws.accessanalyzer.region', region: 'us-east-1' })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { resourceKindLabel } from './resourceKinds';

describe('resourceKindLabel', () => {
  it('names a kind by its service and type', () => {
    expect(resourceKindLabel('aws.s3.bucket')).toBe('S3 bucket');
    expect(resourceKindLabel('aws.ec2.security_group')).toBe('EC2 security group');
  });

  it('shows an unexpected kind verbatim', () => {
    expect(resourceKindLabel('gcp.storage.bucket')).toBe('gcp.storage.bucket');
    expect(resourceKindLabel('aws.s3')).toBe('aws.s3');
  });
});

import { describe, expect, it } from 'vitest';
import { KNOWN_RESOURCE_KINDS, resourceKindLabel } from './resourceKinds';

describe('resourceKindLabel', () => {
  it('names a kind by its service and type', () => {
    expect(resourceKindLabel('aws.s3.bucket')).toBe('S3 bucket');
    expect(resourceKindLabel('aws.ec2.security_group')).toBe('EC2 security group');
  });

  it('offers the account-level kinds with labels that say what they hold', () => {
    expect(KNOWN_RESOURCE_KINDS).toEqual(expect.arrayContaining(['aws.cloudtrail.trail', 'aws.cloudtrail.account', 'aws.config.region', 'aws.account.contacts']));
    expect(resourceKindLabel('aws.cloudtrail.trail')).toBe('CloudTrail trail');
    expect(resourceKindLabel('aws.cloudtrail.account')).toBe('CloudTrail trails (account)');
    expect(resourceKindLabel('aws.config.region')).toBe('Config recorders (region)');
    expect(resourceKindLabel('aws.account.contacts')).toBe('Account alternate contacts');
  });

  it('shows an unexpected kind verbatim', () => {
    expect(resourceKindLabel('gcp.storage.bucket')).toBe('gcp.storage.bucket');
    expect(resourceKindLabel('aws.s3')).toBe('aws.s3');
  });
});

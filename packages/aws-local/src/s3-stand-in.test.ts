import { GetBucketAclCommand, GetBucketPolicyCommand, GetBucketPolicyStatusCommand, ListBucketsCommand, PutBucketPolicyCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_USERS, STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from './index';

const credentials = STAND_IN_CREDENTIALS;
let standIn: S3StandIn;
let s3: S3Client;

beforeAll(async () => {
  standIn = await startS3StandIn({
    buckets: { 'public-b': { grants: [{ type: 'Group', uri: ALL_USERS, permission: 'READ' }] }, 'private-b': {} },
  });
  s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials });
});
afterAll(() => standIn.close());

describe('S3 stand-in speaks the S3 wire protocol to the real SDK', () => {
  it('lists the buckets s3rver holds', async () => {
    const out = await s3.send(new ListBucketsCommand({}));
    expect(out.Buckets?.map((b) => b.Name).sort()).toEqual(['private-b', 'public-b']);
  });

  it('serves ACL grants, including the AllUsers group', async () => {
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'public-b' }));
    expect(acl.Grants?.some((g) => g.Grantee?.URI === ALL_USERS && g.Permission === 'READ')).toBe(true);
  });

  it('answers NoSuchBucketPolicy until a policy is put, then serves it and its public status', async () => {
    await expect(s3.send(new GetBucketPolicyCommand({ Bucket: 'private-b' }))).rejects.toSatisfy(
      (e: unknown) => e instanceof S3ServiceException && e.name === 'NoSuchBucketPolicy',
    );
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::private-b/*' }] });
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'private-b', Policy: policy }));
    expect((await s3.send(new GetBucketPolicyCommand({ Bucket: 'private-b' }))).Policy).toBe(policy);
    expect((await s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'private-b' }))).PolicyStatus?.IsPublic).toBe(true);
  });

  it('injects faults per subresource', async () => {
    standIn.failSubresource('public-b', 'acl', 'AccessDenied');
    await expect(s3.send(new GetBucketAclCommand({ Bucket: 'public-b' }))).rejects.toSatisfy((e: unknown) => e instanceof S3ServiceException && e.name === 'AccessDenied');
  });

  it('answers STS GetCallerIdentity with its account id', async () => {
    const sts = new STSClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials });
    expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(standIn.accountId);
  });
});

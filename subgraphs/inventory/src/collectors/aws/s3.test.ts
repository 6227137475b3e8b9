import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CollectorFatalError } from './collector';
import { testScanContext } from './test-support';
import { collectS3 } from './s3';

const s3Mock = mockClient(S3Client);

const awsError = (name: string, message = `${name} happened`) =>
  new S3ServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode: 403 } });

const ctx = () => testScanContext();

/** A fully configured bucket: every API answers. */
function configureEverything() {
  s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'data', CreationDate: new Date('2024-01-02T03:04:05Z') }] });
  s3Mock.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'eu-west-1' });
  s3Mock.on(GetBucketAclCommand).resolves({
    Owner: { ID: 'owner-1' },
    Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }],
  });
  s3Mock.on(GetBucketPolicyCommand).resolves({
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }] }),
  });
  s3Mock.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: { IsPublic: true } });
  s3Mock.on(GetPublicAccessBlockCommand).resolves({
    PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
  });
  s3Mock.on(GetBucketEncryptionCommand).resolves({
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'key-1' }, BucketKeyEnabled: true }] },
  });
  s3Mock.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled', MFADelete: 'Disabled' });
  s3Mock.on(GetBucketLoggingCommand).resolves({ LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: 'data/' } });
  s3Mock.on(GetBucketTaggingCommand).resolves({ TagSet: [{ Key: 'env', Value: 'prod' }] });
  s3Mock.on(GetBucketOwnershipControlsCommand).resolves({ OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
  s3Mock.on(GetObjectLockConfigurationCommand).resolves({ ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30 } } } });
}

describe('S3 collector', () => {
  beforeEach(() => s3Mock.reset());
  afterEach(() => s3Mock.reset());

  it('normalizes a bucket whose every API answers', async () => {
    configureEverything();
    const { resources, errors } = await collectS3(ctx());
    expect(errors).toEqual([]);
    expect(resources).toEqual([
      {
        kind: 'aws.s3.bucket',
        arn: 'arn:aws:s3:::data',
        name: 'data',
        accountId: '123456789012',
        region: 'eu-west-1',
        createdAt: '2024-01-02T03:04:05.000Z',
        acl: {
          state: 'ok',
          value: { ownerId: 'owner-1', grants: [{ grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }, permission: 'READ' }] },
        },
        policy: {
          state: 'ok',
          value: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }] },
        },
        policyStatus: { state: 'ok', value: { isPublic: true } },
        publicAccessBlock: {
          state: 'ok',
          value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
        },
        encryption: { state: 'ok', value: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'key-1', bucketKeyEnabled: true }] } },
        versioning: { state: 'ok', value: { status: 'Enabled', mfaDelete: 'Disabled' } },
        logging: { state: 'ok', value: { targetBucket: 'logs', targetPrefix: 'data/' } },
        tags: { state: 'ok', value: { env: 'prod' } },
        ownershipControls: { state: 'ok', value: { objectOwnership: 'BucketOwnerEnforced' } },
        objectLock: { state: 'ok', value: { enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 30 } } },
      },
    ]);
  });

  it('reads "not configured" answers as absent (and no tag set as no tags), without errors', async () => {
    configureEverything();
    s3Mock.on(GetBucketLocationCommand).resolves({});
    s3Mock.on(GetBucketPolicyCommand).rejects(awsError('NoSuchBucketPolicy'));
    s3Mock.on(GetBucketPolicyStatusCommand).rejects(awsError('NoSuchBucketPolicy'));
    s3Mock.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
    s3Mock.on(GetBucketEncryptionCommand).rejects(awsError('ServerSideEncryptionConfigurationNotFoundError'));
    s3Mock.on(GetBucketTaggingCommand).rejects(awsError('NoSuchTagSet'));
    s3Mock.on(GetBucketVersioningCommand).resolves({});
    s3Mock.on(GetBucketLoggingCommand).resolves({});
    s3Mock.on(GetBucketOwnershipControlsCommand).rejects(awsError('OwnershipControlsNotFoundError'));
    s3Mock.on(GetObjectLockConfigurationCommand).rejects(awsError('ObjectLockConfigurationNotFoundError'));
    const { resources, errors } = await collectS3(ctx());
    expect(errors).toEqual([]);
    const [bucket] = resources;
    expect(bucket).toMatchObject({
      region: 'us-east-1',
      policy: { state: 'absent' },
      policyStatus: { state: 'absent' },
      publicAccessBlock: { state: 'absent' },
      encryption: { state: 'absent' },
      tags: { state: 'ok', value: {} },
      versioning: { state: 'ok', value: {} },
      logging: { state: 'ok', value: {} },
      ownershipControls: { state: 'absent' },
      objectLock: { state: 'absent' },
    });
  });

  it('turns AccessDenied on one API into an error on that field only, naming the IAM action', async () => {
    configureEverything();
    s3Mock.on(GetBucketEncryptionCommand).rejects(awsError('AccessDenied', 'Access Denied'));
    const { resources, errors } = await collectS3(ctx());
    expect(errors).toEqual([
      { api: 's3:GetBucketEncryption', region: 'eu-west-1', resourceArn: 'arn:aws:s3:::data', code: 'AccessDenied', message: 'Access Denied (needs s3:GetEncryptionConfiguration)' },
    ]);
    expect(resources[0]?.encryption).toEqual({
      state: 'error',
      api: 's3:GetBucketEncryption',
      code: 'AccessDenied',
      message: 'Access Denied (needs s3:GetEncryptionConfiguration)',
    });
    expect(resources[0]?.versioning.state).toBe('ok');
  });

  it('records a malformed bucket policy as an error, never as "no policy"', async () => {
    configureEverything();
    s3Mock.on(GetBucketPolicyCommand).resolves({ Policy: '{not json' });
    const { resources, errors } = await collectS3(ctx());
    expect(resources[0]?.policy).toMatchObject({ state: 'error', code: 'MalformedResponse' });
    expect(errors.map((e) => e.api)).toEqual(['s3:GetBucketPolicy']);
  });

  it('records a policy status without IsPublic as an error, never as "not public"', async () => {
    configureEverything();
    s3Mock.on(GetBucketPolicyStatusCommand).resolves({ PolicyStatus: {} });
    const { resources, errors } = await collectS3(ctx());
    expect(resources[0]?.policyStatus).toMatchObject({ state: 'error', code: 'MalformedResponse' });
    expect(errors.map((e) => e.api)).toEqual(['s3:GetBucketPolicyStatus']);
  });

  it('keeps going when the location cannot be read, using the default region', async () => {
    configureEverything();
    s3Mock.on(GetBucketLocationCommand).rejects(awsError('AccessDenied'));
    const { resources, errors } = await collectS3(ctx());
    expect(resources[0]?.region).toBe('us-east-1');
    expect(errors).toHaveLength(1);
  });

  it('takes the region ListBuckets names (BucketRegion) without one GetBucketLocation per bucket', async () => {
    configureEverything();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'data', BucketRegion: 'ap-southeast-2' }] });
    const { resources, errors } = await collectS3(ctx());
    expect(resources[0]?.region).toBe('ap-southeast-2');
    expect(errors).toEqual([]);
    expect(s3Mock.commandCalls(GetBucketLocationCommand)).toHaveLength(0);
  });

  it('follows ListBuckets pages', async () => {
    configureEverything();
    s3Mock
      .on(ListBucketsCommand)
      .resolvesOnce({ Buckets: [{ Name: 'a' }, { Name: 'b' }], ContinuationToken: 'page-2' })
      .resolvesOnce({ Buckets: [{ Name: 'c' }] });
    const { resources } = await collectS3(ctx());
    expect(resources.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    const listCalls = s3Mock.commandCalls(ListBucketsCommand);
    expect(listCalls).toHaveLength(2);
    expect(listCalls[1]?.args[0].input.ContinuationToken).toBe('page-2');
  });

  it('fails the collector when ListBuckets fails', async () => {
    s3Mock.on(ListBucketsCommand).rejects(awsError('AccessDenied', 'Access Denied'));
    const err = await collectS3(ctx()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectorFatalError);
    expect((err as CollectorFatalError).message).toBe('s3:ListBuckets failed: AccessDenied: Access Denied (needs s3:ListAllMyBuckets)');
  });

  it('reads many buckets with bounded concurrency', async () => {
    configureEverything();
    s3Mock.on(ListBucketsCommand).resolves({ Buckets: Array.from({ length: 30 }, (_, i) => ({ Name: `b${i}` })) });
    const { resources, errors } = await collectS3(ctx(), 4);
    expect(resources).toHaveLength(30);
    expect(errors).toEqual([]);
    expect(s3Mock.commandCalls(GetBucketAclCommand)).toHaveLength(30);
  });
});

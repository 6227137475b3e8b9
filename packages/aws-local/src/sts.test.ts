import { GetBucketAclCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, STSServiceException } from '@aws-sdk/client-sts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from './index';

const ROLE_ARN = 'arn:aws:iam::210987654321:role/audit/CspmexaAudit';
let standIn: S3StandIn;
let sts: STSClient;

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: { 'assets-b': {} }, accountId: '111122223333' });
  sts = new STSClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials: STAND_IN_CREDENTIALS });
});
afterEach(() => {
  standIn.denyAssumeRole(false);
  standIn.delayAssumeRole(0);
});
afterAll(async () => {
  sts.destroy();
  await standIn.close();
});

const assume = (externalId = 'ext-123') =>
  sts.send(new AssumeRoleCommand({ RoleArn: ROLE_ARN, RoleSessionName: 'cspmexa-scan', ExternalId: externalId, DurationSeconds: 900 }));

describe('STS AssumeRole on the stand-in, through the real @aws-sdk/client-sts', () => {
  it('grants temporary credentials in STS shape and records the RoleArn and ExternalId', async () => {
    const before = Date.now();
    const out = await assume();
    expect(out.Credentials).toMatchObject({ AccessKeyId: STAND_IN_CREDENTIALS.accessKeyId, SecretAccessKey: STAND_IN_CREDENTIALS.secretAccessKey });
    expect(out.Credentials?.SessionToken).toMatch(/^[\w+/=]{40,}$/);
    const expiresIn = (out.Credentials?.Expiration?.getTime() ?? 0) - before;
    expect(expiresIn).toBeGreaterThan(890_000);
    expect(expiresIn).toBeLessThan(910_000);
    // The role's path is not part of the session ARN, as on AWS.
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::210987654321:assumed-role/CspmexaAudit/cspmexa-scan');
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[0-9A-F]{17}:cspmexa-scan$/);
    expect(standIn.assumeRoleCalls.at(-1)).toEqual({ roleArn: ROLE_ARN, roleSessionName: 'cspmexa-scan', externalId: 'ext-123', durationSeconds: 900 });
    expect(standIn.calls.get('STS AssumeRole')).toBeGreaterThanOrEqual(1);
  });

  it('issues credentials that sign S3 calls (s3rver accepts them) and identify as the assumed role', async () => {
    const { Credentials: c } = await assume();
    const credentials = { accessKeyId: c!.AccessKeyId!, secretAccessKey: c!.SecretAccessKey!, sessionToken: c!.SessionToken! };
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials });
    const asRole = new STSClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials });
    try {
      expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual(['assets-b']);
      expect((await s3.send(new GetBucketAclCommand({ Bucket: 'assets-b' }))).Grants).toHaveLength(1);
      const id = await asRole.send(new GetCallerIdentityCommand({}));
      expect(id).toMatchObject({ Account: '210987654321', Arn: 'arn:aws:sts::210987654321:assumed-role/CspmexaAudit/cspmexa-scan' });
      // Without a session token the caller is still the stand-in's own user.
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111122223333');
    } finally {
      s3.destroy();
      asRole.destroy();
    }
  });

  it('answers AccessDenied (403, Sender) when denied, still recording the request, and grants again once allowed', async () => {
    standIn.denyAssumeRole(true);
    const calls = standIn.assumeRoleCalls.length;
    const err = await assume('wrong-ext').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(STSServiceException);
    expect(err).toMatchObject({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 } });
    expect((err as Error).message).toContain(`sts:AssumeRole on resource: ${ROLE_ARN}`);
    expect(standIn.assumeRoleCalls).toHaveLength(calls + 1);
    expect(standIn.assumeRoleCalls.at(-1)?.externalId).toBe('wrong-ext');
    standIn.denyAssumeRole(false);
    expect((await assume()).Credentials?.AccessKeyId).toBe(STAND_IN_CREDENTIALS.accessKeyId);
  });

  it('speaks STS XML on the wire: ErrorResponse for a denial and for an unknown action', async () => {
    standIn.denyAssumeRole();
    const post = (form: Record<string, string>) =>
      fetch(standIn.endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
    const denied = await post({ Action: 'AssumeRole', Version: '2011-06-15', RoleArn: ROLE_ARN, RoleSessionName: 's' });
    expect(denied.status).toBe(403);
    expect(await denied.text()).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"><Error><Type>Sender<\/Type><Code>AccessDenied<\/Code><Message>[^<]+<\/Message><\/Error><RequestId>[\w-]+<\/RequestId><\/ErrorResponse>$/,
    );
    const unknown = await post({ Action: 'GetSessionToken', Version: '2011-06-15' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('<Code>InvalidAction</Code>');
    const malformed = await post({ Action: 'AssumeRole', Version: '2011-06-15', RoleArn: 'arn:aws:iam::123:user/bob', RoleSessionName: 's' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('<Code>ValidationError</Code>');
  });

  it('can be made slow, to observe a caller while it waits for AssumeRole', async () => {
    standIn.delayAssumeRole(300);
    const started = Date.now();
    await assume();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('A1 enforces the ExternalId condition of a defined role: missing or foreign ExternalId is AccessDenied', async () => {
    const guarded = 'arn:aws:iam::210987654321:role/Guarded';
    standIn.defineRole(guarded, { externalId: 'tenant-a-external-id' });
    const call = (ExternalId?: string) => sts.send(new AssumeRoleCommand({ RoleArn: guarded, RoleSessionName: 's', ...(ExternalId ? { ExternalId } : {}) }));
    for (const wrong of ['tenant-b-external-id', undefined]) {
      await expect(call(wrong)).rejects.toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    }
    expect((await call('tenant-a-external-id')).AssumedRoleUser?.Arn).toBe('arn:aws:sts::210987654321:assumed-role/Guarded/s');
  });

  it('identifies static keys as their IAM user and refuses keys it does not know', async () => {
    const keys = { accessKeyId: `AKIA${'7'.repeat(16)}`, secretAccessKey: 'static-secret-for-the-stand-in-0000000000' };
    standIn.addAccessKeys(keys, 'scanner');
    const asUser = new STSClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials: keys });
    const stranger = new STSClient({ region: 'us-east-1', endpoint: standIn.endpoint, credentials: { accessKeyId: `AKIA${'8'.repeat(16)}`, secretAccessKey: 'x'.repeat(40) } });
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials: keys });
    try {
      expect(await asUser.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/scanner' });
      await expect(stranger.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'InvalidClientTokenId' });
      // s3rver accepts the added key pair too.
      expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual(['assets-b']);
    } finally {
      asUser.destroy();
      stranger.destroy();
      s3.destroy();
    }
  });
});

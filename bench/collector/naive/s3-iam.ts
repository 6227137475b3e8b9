/** The naive S3 and IAM reads: every bucket's configuration one call at a time, and IAM's account-wide reads. */
import * as iam from '@aws-sdk/client-iam';
import * as s3 from '@aws-sdk/client-s3';
import type { BenchClients } from '../clients';
import { allPages, type Recorder } from './record';

export async function readS3(clients: BenchClients, defaultRegion: string, rec: Recorder): Promise<void> {
  const listed = await allPages(
    (token) => rec.call('ListBuckets', () => clients.s3(defaultRegion).send(new s3.ListBucketsCommand({ MaxBuckets: 10_000, ...(token ? { ContinuationToken: token } : {}) }))),
    (o) => o.ContinuationToken || undefined,
  );
  for (const bucket of listed.flatMap((p) => p.Buckets ?? [])) {
    const Bucket = bucket.Name as string;
    const client = clients.s3(bucket.BucketRegion ?? defaultRegion);
    await rec.call('GetBucketAcl', () => client.send(new s3.GetBucketAclCommand({ Bucket })));
    await rec.call('GetBucketPolicy', () => client.send(new s3.GetBucketPolicyCommand({ Bucket })));
    await rec.call('GetBucketPolicyStatus', () => client.send(new s3.GetBucketPolicyStatusCommand({ Bucket })));
    await rec.call('GetPublicAccessBlock', () => client.send(new s3.GetPublicAccessBlockCommand({ Bucket })));
    await rec.call('GetBucketEncryption', () => client.send(new s3.GetBucketEncryptionCommand({ Bucket })));
    await rec.call('GetBucketVersioning', () => client.send(new s3.GetBucketVersioningCommand({ Bucket })));
    await rec.call('GetBucketLogging', () => client.send(new s3.GetBucketLoggingCommand({ Bucket })));
    await rec.call('GetBucketOwnershipControls', () => client.send(new s3.GetBucketOwnershipControlsCommand({ Bucket })));
    await rec.call('GetBucketTagging', () => client.send(new s3.GetBucketTaggingCommand({ Bucket })));
    await rec.call('GetObjectLockConfiguration', () => client.send(new s3.GetObjectLockConfigurationCommand({ Bucket })));
    rec.resources += 1;
  }
}

export async function readIam(clients: BenchClients, rec: Recorder): Promise<void> {
  const client = clients.iam();
  const details = await allPages(
    (Marker) => rec.call('GetAccountAuthorizationDetails', () => client.send(new iam.GetAccountAuthorizationDetailsCommand({ MaxItems: 1000, Marker }))),
    (o) => (o.IsTruncated ? o.Marker : undefined),
  );
  rec.resources += details.reduce((n, p) => n + (p.UserDetailList?.length ?? 0) + (p.RoleDetailList?.length ?? 0) + (p.GroupDetailList?.length ?? 0) + (p.Policies?.length ?? 0), 0);
  // IAM builds the report asynchronously: ask until it says COMPLETE (bounded, as a real collector must be).
  for (let poll = 0; poll < 20; poll++) {
    const state = (await rec.call('GenerateCredentialReport', () => client.send(new iam.GenerateCredentialReportCommand({}))))?.State;
    if (state === 'COMPLETE' || state === undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 100 * poll));
  }
  await rec.call('GetCredentialReport', () => client.send(new iam.GetCredentialReportCommand({})));
  await rec.call('GetAccountSummary', () => client.send(new iam.GetAccountSummaryCommand({})));
  await rec.call('GetAccountPasswordPolicy', () => client.send(new iam.GetAccountPasswordPolicyCommand({})));
  await rec.call('ListVirtualMFADevices', () => client.send(new iam.ListVirtualMFADevicesCommand({ MaxItems: 1000 })));
  await rec.call('ListServerCertificates', () => client.send(new iam.ListServerCertificatesCommand({ MaxItems: 1000 })));
}

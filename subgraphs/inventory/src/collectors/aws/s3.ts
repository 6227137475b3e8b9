/**
 * S3 collector: lists every bucket once, then reads each bucket's security-relevant configuration with bounded
 * concurrency. "Not configured" answers (NoSuchBucketPolicy...) become `absent`; any other failure of one call
 * becomes `readError` on that field plus a ScanError, so one denied API never hides the rest of the bucket.
 */
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
  type Bucket,
} from '@aws-sdk/client-s3';
import { ok, type S3Bucket } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import { mapWithConcurrency } from '../concurrency';
import type { ApiRef } from './calls/aws-caller';
import { apiName, describeFailure } from './calls/failures';
import { partReader } from './calls/read-part';
import { CollectorFatalError, type AwsCollector, type AwsScanContext, type CollectorOutput } from './collector';
import {
  normalizeAcl,
  normalizeEncryption,
  normalizeLogging,
  normalizeObjectLock,
  normalizePublicAccessBlock,
  normalizeTags,
  normalizeVersioning,
  parsePolicy,
  regionFromLocation,
} from './s3-normalize';

export const S3_BUCKET_CONCURRENCY = 8;
const LIST_PAGE_SIZE = 1000;

const s3Api = (operation: string, region: string): ApiRef => ({ service: 's3', operation, region, apiClass: 's3' });

export async function listAllBuckets(ctx: AwsScanContext): Promise<Bucket[]> {
  const s3 = ctx.s3(ctx.defaultRegion);
  const api = s3Api('ListBuckets', ctx.defaultRegion);
  const buckets: Bucket[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  do {
    let page;
    try {
      page = await ctx.caller.call(api, () => s3.send(new ListBucketsCommand({ MaxBuckets: LIST_PAGE_SIZE, ...(token ? { ContinuationToken: token } : {}) })));
    } catch (err) {
      const { code, message } = describeFailure(api, err);
      throw new CollectorFatalError(apiName(api), code, message, { cause: err });
    }
    buckets.push(...(page.Buckets ?? []).filter((b) => b.Name));
    token = page.ContinuationToken || undefined;
    // A server repeating a token would loop forever; stop rather than hang the scan.
    if (token && seenTokens.has(token)) break;
    if (token) seenTokens.add(token);
  } while (token);
  return buckets;
}

/** Answers meaning "this bucket has no such configuration": the setting is absent, which is a fact, not an error. */
const absentCodes = {
  policy: ['NoSuchBucketPolicy'],
  // Without a policy, AWS answers the status call with the same code: no policy means not public by policy.
  policyStatus: ['NoSuchBucketPolicy'],
  publicAccessBlock: ['NoSuchPublicAccessBlockConfiguration'],
  encryption: ['ServerSideEncryptionConfigurationNotFoundError'],
  tagging: ['NoSuchTagSet'],
  ownershipControls: ['OwnershipControlsNotFoundError'],
  objectLock: ['ObjectLockConfigurationNotFoundError'],
};

/** AWS's verdict on the policy; an answer without it is malformed, never "not public" (S3-03 trusts it for a PASS). */
function policyStatusOf(o: { PolicyStatus?: { IsPublic?: boolean } }): { isPublic: boolean } {
  const isPublic = o.PolicyStatus?.IsPublic;
  if (typeof isPublic !== 'boolean') throw new Error('GetBucketPolicyStatus answered without PolicyStatus.IsPublic');
  return { isPublic };
}

async function collectBucket(ctx: AwsScanContext, bucket: Bucket, errors: ScanErrorRecord[]): Promise<S3Bucket> {
  const name = bucket.Name as string;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const read = partReader(ctx.caller, errors);
  const home = ctx.s3(ctx.defaultRegion);
  const Bucket = name;
  // ListBuckets already names each bucket's region (BucketRegion): asking GetBucketLocation again would cost one
  // call per bucket on the account's busiest rate bucket (bench/collector). Older answers without it still ask.
  const location = bucket.BucketRegion
    ? ok(bucket.BucketRegion)
    : await read(s3Api('GetBucketLocation', ctx.defaultRegion), () => home.send(new GetBucketLocationCommand({ Bucket })), (o) =>
        regionFromLocation(o.LocationConstraint), { resourceArn: arn });
  // Without its location the bucket is still reported, in the default region.
  const region = location.state === 'ok' ? location.value : ctx.defaultRegion;
  const s3 = ctx.s3(region);
  const api = (operation: string) => s3Api(operation, region);
  const on = (absent?: readonly string[]) => ({ resourceArn: arn, ...(absent ? { absentCodes: absent } : {}) });
  const [acl, policy, policyStatus, publicAccessBlock, encryption, versioning, logging, tagging, ownershipControls, objectLock] = await Promise.all([
    read(api('GetBucketAcl'), () => s3.send(new GetBucketAclCommand({ Bucket })), normalizeAcl, on()),
    read(api('GetBucketPolicy'), () => s3.send(new GetBucketPolicyCommand({ Bucket })), (o) => parsePolicy(o.Policy), on(absentCodes.policy)),
    read(api('GetBucketPolicyStatus'), () => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), policyStatusOf, on(absentCodes.policyStatus)),
    read(api('GetPublicAccessBlock'), () => s3.send(new GetPublicAccessBlockCommand({ Bucket })), normalizePublicAccessBlock, on(absentCodes.publicAccessBlock)),
    read(api('GetBucketEncryption'), () => s3.send(new GetBucketEncryptionCommand({ Bucket })), normalizeEncryption, on(absentCodes.encryption)),
    read(api('GetBucketVersioning'), () => s3.send(new GetBucketVersioningCommand({ Bucket })), normalizeVersioning, on()),
    read(api('GetBucketLogging'), () => s3.send(new GetBucketLoggingCommand({ Bucket })), normalizeLogging, on()),
    read(api('GetBucketTagging'), () => s3.send(new GetBucketTaggingCommand({ Bucket })), normalizeTags, on(absentCodes.tagging)),
    read(api('GetBucketOwnershipControls'), () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket })), (o) => ({
      objectOwnership: o.OwnershipControls?.Rules?.[0]?.ObjectOwnership ?? 'ObjectWriter',
    }), on(absentCodes.ownershipControls)),
    read(api('GetObjectLockConfiguration'), () => s3.send(new GetObjectLockConfigurationCommand({ Bucket })), normalizeObjectLock, on(absentCodes.objectLock)),
  ]);
  // "No tag set" is an empty tag map: checks ask "which tags", never "is tagging configured".
  const tags = tagging.state === 'absent' ? ok({}) : tagging;
  return {
    kind: 'aws.s3.bucket',
    arn,
    name,
    accountId: ctx.accountId,
    region,
    ...(bucket.CreationDate ? { createdAt: bucket.CreationDate.toISOString() } : {}),
    acl,
    policy,
    policyStatus,
    publicAccessBlock,
    encryption,
    versioning,
    logging,
    tags,
    ownershipControls,
    objectLock,
  };
}

export async function collectS3(ctx: AwsScanContext, concurrency = S3_BUCKET_CONCURRENCY): Promise<CollectorOutput & { resources: S3Bucket[] }> {
  const buckets = await listAllBuckets(ctx);
  const errors: ScanErrorRecord[] = [];
  const resources = await mapWithConcurrency(buckets, concurrency, (b) => collectBucket(ctx, b, errors));
  return { resources, errors };
}

export const s3Collector: AwsCollector = { service: 's3', collect: (ctx) => collectS3(ctx) };

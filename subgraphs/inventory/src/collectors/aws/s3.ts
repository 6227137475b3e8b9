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
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  type Bucket,
} from '@aws-sdk/client-s3';
import { absent, ok, readError, type Collected, type S3Bucket } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import { mapWithConcurrency } from '../concurrency';
import { awsErrorCode, awsErrorMessage } from './aws-errors';
import { CollectorFatalError, type AwsCollector, type AwsScanContext, type CollectorOutput } from './collector';
import {
  normalizeAcl,
  normalizeEncryption,
  normalizeLogging,
  normalizePublicAccessBlock,
  normalizeTags,
  normalizeVersioning,
  parsePolicy,
  regionFromLocation,
} from './s3-normalize';

export const S3_BUCKET_CONCURRENCY = 8;
const LIST_PAGE_SIZE = 1000;

/** The IAM action each API needs, so that an AccessDenied names what to grant (SECURITY.md X3). */
const iamAction: Record<string, string> = {
  GetBucketLocation: 's3:GetBucketLocation',
  GetBucketAcl: 's3:GetBucketAcl',
  GetBucketPolicy: 's3:GetBucketPolicy',
  GetBucketPolicyStatus: 's3:GetBucketPolicyStatus',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  GetBucketVersioning: 's3:GetBucketVersioning',
  GetBucketLogging: 's3:GetBucketLogging',
  GetBucketTagging: 's3:GetBucketTagging',
  ListBuckets: 's3:ListAllMyBuckets',
};

function describeFailure(operation: string, err: unknown): { code: string; message: string } {
  const code = awsErrorCode(err);
  const message = awsErrorMessage(err);
  const action = iamAction[operation];
  return { code, message: code === 'AccessDenied' && action ? `${message} (needs ${action})` : message };
}

export async function listAllBuckets(ctx: AwsScanContext): Promise<Bucket[]> {
  const s3 = ctx.s3(ctx.defaultRegion);
  const buckets: Bucket[] = [];
  const seenTokens = new Set<string>();
  let token: string | undefined;
  do {
    let page;
    try {
      page = await s3.send(new ListBucketsCommand({ MaxBuckets: LIST_PAGE_SIZE, ...(token ? { ContinuationToken: token } : {}) }));
    } catch (err) {
      const { code, message } = describeFailure('ListBuckets', err);
      throw new CollectorFatalError('s3:ListBuckets', code, message, { cause: err });
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
const absentCodes: Record<string, string[]> = {
  GetBucketPolicy: ['NoSuchBucketPolicy'],
  // Without a policy, AWS answers the status call with the same code: no policy means not public by policy.
  GetBucketPolicyStatus: ['NoSuchBucketPolicy'],
  GetPublicAccessBlock: ['NoSuchPublicAccessBlockConfiguration'],
  GetBucketEncryption: ['ServerSideEncryptionConfigurationNotFoundError'],
  GetBucketTagging: ['NoSuchTagSet'],
};

/** Reads one setting of one bucket; failures are recorded in `errors` and returned as the field's state. */
type Read = <T, R>(operation: string, call: () => Promise<T>, map: (out: T) => R) => Promise<Collected<R>>;

function readerFor(arn: string, errors: ScanErrorRecord[]): Read {
  const fail = <R>(operation: string, code: string, message: string): Collected<R> => {
    const api = `s3:${operation}`;
    errors.push({ api, resourceArn: arn, code, message });
    return readError(api, code, message);
  };
  return async (operation, call, map) => {
    let out;
    try {
      out = await call();
    } catch (err) {
      const { code, message } = describeFailure(operation, err);
      if (!absentCodes[operation]?.includes(code)) return fail(operation, code, message);
      // "No tag set" is an empty tag map: checks ask "which tags", never "is tagging configured".
      return operation === 'GetBucketTagging' ? ok(map({} as never)) : absent();
    }
    try {
      return ok(map(out));
    } catch (err) {
      // e.g. a bucket policy that is not valid JSON: unreadable, so never treated as "no policy".
      return fail(operation, 'MalformedResponse', awsErrorMessage(err));
    }
  };
}

async function collectBucket(ctx: AwsScanContext, bucket: Bucket, errors: ScanErrorRecord[]): Promise<S3Bucket> {
  const name = bucket.Name as string;
  const arn = `arn:${ctx.partition}:s3:::${name}`;
  const read = readerFor(arn, errors);
  const home = ctx.s3(ctx.defaultRegion);
  const location = await read('GetBucketLocation', () => home.send(new GetBucketLocationCommand({ Bucket: name })), (o) =>
    regionFromLocation(o.LocationConstraint),
  );
  // Without its location the bucket is still reported, in the region ListBuckets hinted or the default one.
  const region = location.state === 'ok' ? location.value : (bucket.BucketRegion ?? ctx.defaultRegion);
  const s3 = ctx.s3(region);
  const Bucket = name;
  const [acl, policy, policyStatus, publicAccessBlock, encryption, versioning, logging, tags] = await Promise.all([
    read('GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket })), normalizeAcl),
    read('GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket })), (o) => parsePolicy(o.Policy)),
    read('GetBucketPolicyStatus', () => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), (o) => ({
      isPublic: o.PolicyStatus?.IsPublic === true,
    })),
    read('GetPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket })), normalizePublicAccessBlock),
    read('GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket })), normalizeEncryption),
    read('GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket })), normalizeVersioning),
    read('GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket })), normalizeLogging),
    read('GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket })), normalizeTags),
  ]);
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
  };
}

export async function collectS3(ctx: AwsScanContext, concurrency = S3_BUCKET_CONCURRENCY): Promise<CollectorOutput> {
  const buckets = await listAllBuckets(ctx);
  const errors: ScanErrorRecord[] = [];
  const resources = await mapWithConcurrency(buckets, concurrency, (b) => collectBucket(ctx, b, errors));
  return { resources, errors };
}

export const s3Collector: AwsCollector = { service: 's3', collect: (ctx) => collectS3(ctx) };

/**
 * S3 REST, path-style (`forcePathStyle`): ListBuckets paged with max-buckets / continuation-token, and each
 * bucket's configuration subresources in S3's XML (policy in JSON). "Not configured" is the 404 S3 answers
 * (NoSuchBucketPolicy...), so collectors meet the same absent-versus-error cases as against AWS. Metered per
 * signing region: a collector reads each bucket through a client of the bucket's region.
 */
import { s3Error, xmlAnswer, type Answer, type Routed } from './answer';
import type { Bucket, Estate } from './estate';
import { decodeToken, pageOf } from './pages';
import type { ParsedRequest } from './request';
import { el, wrap } from './xml';

const xmlns = 'http://s3.amazonaws.com/doc/2006-03-01/';
export const S3_MAX_BUCKETS = 10_000;
const created = '2023-06-01T00:00:00.000Z';
const doc = (root: string, inner: string) => xmlAnswer(`<${root} xmlns="${xmlns}">${inner}</${root}>`);

const grant = (grantee: string, permission: string) => `<Grant>${grantee}${el('Permission', permission)}</Grant>`;
const owner = (id: string) => wrap('Owner', el('ID', id) + el('DisplayName', 'bench-owner'));
const allUsers = '<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Group"><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee>';
const canonical = (id: string) => `<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">${el('ID', id)}</Grantee>`;

function listBuckets(estate: Estate, query: URLSearchParams, ownerId: string): Answer {
  const offset = decodeToken('ListBuckets', query.get('continuation-token'));
  if (offset === undefined) return s3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect');
  const max = query.get('max-buckets');
  const page = pageOf('ListBuckets', estate.buckets, offset, max === null ? undefined : Math.min(S3_MAX_BUCKETS, Number(max)));
  const buckets = page.items.map((b) => wrap('Bucket', el('Name', b.name) + el('CreationDate', created) + el('BucketRegion', b.region))).join('');
  return doc('ListAllMyBucketsResult', owner(ownerId) + wrap('Buckets', buckets) + el('ContinuationToken', page.next));
}

/** The subresource a bucket request reads, from its query string (`?acl`, `?policyStatus`...). */
const subresources = ['acl', 'policy', 'policyStatus', 'publicAccessBlock', 'encryption', 'versioning', 'logging', 'ownershipControls', 'tagging', 'object-lock', 'location'] as const;
type Subresource = (typeof subresources)[number];
const operationOf: Record<Subresource, string> = {
  acl: 'GetBucketAcl',
  policy: 'GetBucketPolicy',
  policyStatus: 'GetBucketPolicyStatus',
  publicAccessBlock: 'GetPublicAccessBlock',
  encryption: 'GetBucketEncryption',
  versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging',
  ownershipControls: 'GetBucketOwnershipControls',
  tagging: 'GetBucketTagging',
  'object-lock': 'GetObjectLockConfiguration',
  location: 'GetBucketLocation',
};

function bucketPolicy(b: Bucket, accountId: string): string {
  const principal = b.publicRead ? '*' : { AWS: `arn:aws:iam::${accountId}:root` };
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: `arn:aws:s3:::${b.name}/*` }] });
}

function subresourceAnswer(sub: Subresource, b: Bucket, estate: Estate, ownerId: string): Answer {
  const res = `/${b.name}`;
  switch (sub) {
    case 'acl': {
      const grants = grant(canonical(ownerId), 'FULL_CONTROL') + (b.publicRead ? grant(allUsers, 'READ') : '');
      return doc('AccessControlPolicy', owner(ownerId) + wrap('AccessControlList', grants));
    }
    case 'policy':
      return b.hasPolicy ? { status: 200, body: bucketPolicy(b, estate.accountId), contentType: 'application/json' } : s3Error(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist', res);
    case 'policyStatus':
      return b.hasPolicy ? doc('PolicyStatus', el('IsPublic', b.publicRead && !b.blocksPublicAccess)) : s3Error(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist', res);
    case 'publicAccessBlock': {
      if (!b.blocksPublicAccess) return s3Error(404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', res);
      return doc('PublicAccessBlockConfiguration', ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'].map((k) => el(k, true)).join(''));
    }
    case 'encryption':
      return doc('ServerSideEncryptionConfiguration', wrap('Rule', wrap('ApplyServerSideEncryptionByDefault', el('SSEAlgorithm', 'AES256')) + el('BucketKeyEnabled', false)));
    case 'versioning':
      return doc('VersioningConfiguration', b.versioned ? el('Status', 'Enabled') + el('MfaDelete', 'Disabled') : '');
    case 'logging':
      return doc('BucketLoggingStatus', b.logging ? wrap('LoggingEnabled', el('TargetBucket', 'bench-logs') + el('TargetPrefix', `${b.name}/`)) : '');
    case 'ownershipControls':
      return b.ownerEnforced ? doc('OwnershipControls', wrap('Rule', el('ObjectOwnership', 'BucketOwnerEnforced'))) : s3Error(404, 'OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', res);
    case 'tagging':
      return b.tagged ? doc('Tagging', wrap('TagSet', wrap('Tag', el('Key', 'team') + el('Value', 'bench')))) : s3Error(404, 'NoSuchTagSet', 'The TagSet does not exist', res);
    case 'object-lock':
      return s3Error(404, 'ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', res);
    case 'location':
      // us-east-1 is the empty constraint, as S3 answers it.
      return doc('LocationConstraint', b.region === 'us-east-1' ? '' : b.region);
  }
}

export function routeS3(req: ParsedRequest, estate: Estate, bucketsByName: Map<string, Bucket>): Routed {
  const ownerId = `bench${estate.accountId}`;
  const throttled = () => s3Error(503, 'SlowDown', 'Please reduce your request rate.');
  const [, name] = req.path.split('/');
  if (!name) return { api: 'ListBuckets', apiClass: 's3', respond: () => listBuckets(estate, req.query, ownerId), throttled };
  const sub = subresources.find((s) => req.query.has(s));
  if (!sub || req.method !== 'GET') {
    return { api: `${req.method} bucket`, apiClass: 's3', respond: () => s3Error(501, 'NotImplemented', 'Only bucket configuration reads are served'), throttled };
  }
  const bucket = bucketsByName.get(name);
  return {
    api: operationOf[sub],
    apiClass: 's3',
    respond: () => (bucket ? subresourceAnswer(sub, bucket, estate, ownerId) : s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', `/${name}`)),
    throttled,
  };
}

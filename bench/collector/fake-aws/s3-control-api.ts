/**
 * S3 Control, the one call a collector makes there: the account's own Block Public Access
 * (`GET /v20180820/configuration/publicAccessBlock`, account in `x-amz-account-id`). S3 Control signs as `s3`, so
 * the endpoint tells it apart by its path; it is metered in its own class, as the product plans it. The bench
 * account blocks public access, the setting most accounts have.
 */
import { s3Error, xmlAnswer, type Routed } from './answer';
import type { ParsedRequest } from './request';
import { el } from './xml';

export const S3_CONTROL_PREFIX = '/v20180820/';
const xmlns = 'http://awss3control.amazonaws.com/doc/2018-08-20/';

export function routeS3Control(req: ParsedRequest): Routed {
  const throttled = () => s3Error(503, 'SlowDown', 'Please reduce your request rate.');
  if (req.method !== 'GET' || req.path !== `${S3_CONTROL_PREFIX}configuration/publicAccessBlock`) {
    return { api: `s3control:${req.method} ${req.path}`, apiClass: 's3-control', respond: () => s3Error(501, 'NotImplemented', 'Only the account public access block is served'), throttled };
  }
  const flags = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'].map((k) => el(k, true)).join('');
  return {
    api: 's3control:GetPublicAccessBlock',
    apiClass: 's3-control',
    respond: () => xmlAnswer(`<PublicAccessBlockConfiguration xmlns="${xmlns}">${flags}</PublicAccessBlockConfiguration>`),
    throttled,
  };
}

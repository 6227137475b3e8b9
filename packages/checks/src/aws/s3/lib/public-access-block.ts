import type { Collected, PublicAccessBlock } from '@cspmexa/resources';
import type { ReadError } from '../../../engine/result';

export type BlockPublicAccessFlag = keyof PublicAccessBlock;

export const BLOCK_PUBLIC_ACCESS_FLAGS: readonly BlockPublicAccessFlag[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

/** Whether one Block Public Access setting is in force for a bucket, and which level enforces it. */
export type FlagState =
  | { state: 'on'; by: 'bucket' | 'account' }
  | { state: 'off' }
  | { state: 'unknown'; error: ReadError };

/**
 * S3 applies the most restrictive combination of the bucket's and the account's settings, flag by flag, so a
 * flag is on when either level turns it on. It is unknown when it is not on at a level we could read and the
 * other level could not be read. An account level that was not collected (undefined) counts as off.
 */
export function effectiveFlag(
  flag: BlockPublicAccessFlag,
  bucket: Collected<PublicAccessBlock>,
  account: Collected<PublicAccessBlock> | undefined,
): FlagState {
  if (bucket.state === 'ok' && bucket.value[flag]) return ON_BUCKET;
  if (account?.state === 'ok' && account.value[flag]) return ON_ACCOUNT;
  if (bucket.state === 'error') return { state: 'unknown', error: bucket };
  if (account?.state === 'error') return { state: 'unknown', error: account };
  return OFF;
}

// Shared answers: this is asked four times per bucket per check, so the common cases allocate nothing.
const ON_BUCKET: FlagState = Object.freeze({ state: 'on', by: 'bucket' });
const ON_ACCOUNT: FlagState = Object.freeze({ state: 'on', by: 'account' });
const OFF: FlagState = Object.freeze({ state: 'off' });

/** The Terraform that turns on all four flags for one bucket (`aws_s3_bucket.<name>`). */
export function publicAccessBlockTerraform(name = 'this'): string {
  return [
    `resource "aws_s3_bucket_public_access_block" "${name}" {`,
    `  bucket                  = aws_s3_bucket.${name}.id`,
    '  block_public_acls       = true',
    '  ignore_public_acls      = true',
    '  block_public_policy     = true',
    '  restrict_public_buckets = true',
    '}',
  ].join('\n');
}

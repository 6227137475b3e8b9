/** S3 settings of the whole account (one resource per account, region `global`). */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { PublicAccessBlock } from './s3-bucket';

export interface S3Account extends AwsResourceBase {
  kind: 'aws.s3.account';
  /** s3control:GetPublicAccessBlock(AccountId); `absent` when never configured. Overrides every bucket's. */
  publicAccessBlock: Collected<PublicAccessBlock>;
}

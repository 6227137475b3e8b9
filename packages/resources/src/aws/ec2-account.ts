/**
 * EC2 account settings of one region (one resource per account and region): EBS encryption by default,
 * the IMDS defaults for new instances, and the Block Public Access states of snapshots and AMIs.
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { InstanceMetadataOptions } from './ec2-instance';

export interface Ec2AccountRegion extends AwsResourceBase {
  kind: 'aws.ec2.account';
  /** GetEbsEncryptionByDefault + GetEbsDefaultKmsKeyId. */
  ebsEncryptionByDefault: Collected<{ enabled: boolean; kmsKeyId?: string }>;
  /** GetInstanceMetadataDefaults AccountLevel; `{}` when no default is set. */
  instanceMetadataDefaults: Collected<InstanceMetadataOptions>;
  /** GetSnapshotBlockPublicAccessState: `block-all-sharing`, `block-new-sharing` or `unblocked`. */
  snapshotBlockPublicAccess: Collected<{ state: string }>;
  /** GetImageBlockPublicAccessState: `block-new-sharing` or `unblocked`. */
  imageBlockPublicAccess: Collected<{ state: string }>;
}

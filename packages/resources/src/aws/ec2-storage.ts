/** EBS volumes and snapshots, owned AMIs and Elastic IPs: the EC2 data the encryption and exposure checks read. */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';

export interface Ec2Volume extends AwsResourceBase {
  kind: 'aws.ec2.volume';
  volumeId: string;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  encrypted?: boolean;
  kmsKeyId?: string;
  state?: string;
  sizeGiB?: number;
  attachedInstanceIds: string[];
}

export interface Ec2Snapshot extends AwsResourceBase {
  kind: 'aws.ec2.snapshot';
  snapshotId: string;
  volumeId?: string;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  encrypted?: boolean;
  kmsKeyId?: string;
  startTime?: string;
  /** DescribeSnapshotAttribute(createVolumePermission): `public` when the group `all` may create volumes. */
  createVolumePermission: Collected<{ public: boolean; accountIds: string[] }>;
}

export interface Ec2Image extends AwsResourceBase {
  kind: 'aws.ec2.image';
  imageId: string;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  public?: boolean;
  state?: string;
  creationDate?: string;
  deprecationTime?: string;
}

export interface Ec2Address extends AwsResourceBase {
  kind: 'aws.ec2.address';
  publicIp: string;
  allocationId?: string;
  /** Present when the address is associated with an instance or a network interface. */
  associationId?: string;
  instanceId?: string;
  networkInterfaceId?: string;
}

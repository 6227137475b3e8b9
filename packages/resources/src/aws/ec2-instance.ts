/** EC2 instances (DescribeInstances + DescribeInstanceAttribute userData) and launch templates. */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { UserDataSummary } from './user-data';

export interface InstanceMetadataOptions {
  /** `required` means IMDSv2 only. */
  httpTokens?: 'required' | 'optional';
  httpEndpoint?: 'enabled' | 'disabled';
  httpPutResponseHopLimit?: number;
}

export interface Ec2Instance extends AwsResourceBase {
  kind: 'aws.ec2.instance';
  instanceId: string;
  /** `pending`, `running`, `stopped`... */
  state?: string;
  instanceType?: string;
  imageId?: string;
  launchTime?: string;
  vpcId?: string;
  subnetId?: string;
  publicIpAddress?: string;
  privateIpAddress?: string;
  iamInstanceProfileArn?: string;
  securityGroupIds: string[];
  metadataOptions: InstanceMetadataOptions;
  /** `absent` when the instance has no user data. */
  userData: Collected<UserDataSummary>;
  /** The AMI the instance runs (DescribeImages by id); `absent` when AWS no longer knows it. */
  image?: Collected<{ name?: string; ownerId?: string; deprecationTime?: string; public?: boolean }>;
  /**
   * The instance as Systems Manager knows it (ssm:DescribeInstanceInformation in its region): `absent` when SSM
   * does not manage it. Undefined in data written before it was collected.
   */
  ssm?: Collected<SsmManagedInstance>;
}

/** One managed node of ssm:DescribeInstanceInformation. */
export interface SsmManagedInstance {
  /** `Online`, `ConnectionLost` or `Inactive`. */
  pingStatus?: string;
  lastPingDateTime?: string;
  agentVersion?: string;
  platformType?: string;
}

export interface LaunchTemplateVersion {
  versionNumber: number;
  isDefault: boolean;
  metadataOptions: InstanceMetadataOptions;
  userData?: UserDataSummary;
}

export interface Ec2LaunchTemplate extends AwsResourceBase {
  kind: 'aws.ec2.launch_template';
  launchTemplateId: string;
  launchTemplateName: string;
  defaultVersionNumber?: number;
  latestVersionNumber?: number;
  /** Every version (DescribeLaunchTemplateVersions). */
  versions: Collected<LaunchTemplateVersion[]>;
}

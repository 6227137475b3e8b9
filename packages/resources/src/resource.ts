import type { AccessAnalyzerRegion, AccountContacts, ConfigRecorderRegion } from './aws/account-activity';
import type { CloudTrailAccount, CloudTrailTrail } from './aws/cloudtrail';
import type { Ec2AccountRegion } from './aws/ec2-account';
import type { Ec2Instance, Ec2LaunchTemplate } from './aws/ec2-instance';
import type { Ec2SecurityGroup } from './aws/ec2-security-group';
import type { Ec2Address, Ec2Image, Ec2Snapshot, Ec2Volume } from './aws/ec2-storage';
import type { IamAccount } from './aws/iam-account';
import type { IamGroup, IamRole, IamUser } from './aws/iam-identities';
import type { IamPolicy, IamServerCertificate } from './aws/iam-policy';
import type { Ec2NetworkAcl } from './aws/network-acl';
import type { S3Account } from './aws/s3-account';
import type { S3Bucket } from './aws/s3-bucket';
import type { Ec2RouteTable, Ec2Subnet, Ec2Vpc, Ec2VpcPeeringConnection } from './aws/vpc';

/** Every normalized resource kind the collectors produce (Access Analyzer regions: typed, not collected yet). */
export type CloudResource =
  | S3Bucket
  | S3Account
  | Ec2SecurityGroup
  | Ec2Instance
  | Ec2LaunchTemplate
  | Ec2Volume
  | Ec2Snapshot
  | Ec2Image
  | Ec2Address
  | Ec2AccountRegion
  | Ec2Vpc
  | Ec2Subnet
  | Ec2RouteTable
  | Ec2VpcPeeringConnection
  | Ec2NetworkAcl
  | IamUser
  | IamGroup
  | IamRole
  | IamPolicy
  | IamServerCertificate
  | IamAccount
  | CloudTrailTrail
  | CloudTrailAccount
  | ConfigRecorderRegion
  | AccessAnalyzerRegion
  | AccountContacts;
export type ResourceKind = CloudResource['kind'];

/** A resource as the inventory stores it and the findings engine receives it: the inventory id plus the data. */
export interface InventoryResource<R extends CloudResource = CloudResource> {
  /** Inventory's opaque resource id (the federation key of `Resource`). */
  id: string;
  resource: R;
}

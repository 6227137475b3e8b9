/** VPCs (with their flow logs), subnets, route tables and peering connections. */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';

export interface FlowLog {
  flowLogId: string;
  /** `ACTIVE` when logs are delivered. */
  status?: string;
  trafficType?: string;
  destinationType?: string;
}

export interface Ec2Vpc extends AwsResourceBase {
  kind: 'aws.ec2.vpc';
  vpcId: string;
  cidrBlock?: string;
  isDefault: boolean;
  /** DescribeFlowLogs filtered on the VPC. */
  flowLogs: Collected<FlowLog[]>;
}

export interface Ec2Subnet extends AwsResourceBase {
  kind: 'aws.ec2.subnet';
  subnetId: string;
  vpcId?: string;
  cidrBlock?: string;
  availabilityZone?: string;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  mapPublicIpOnLaunch?: boolean;
}

export interface Route {
  destinationCidrBlock?: string;
  destinationIpv6CidrBlock?: string;
  destinationPrefixListId?: string;
  gatewayId?: string;
  natGatewayId?: string;
  transitGatewayId?: string;
  vpcPeeringConnectionId?: string;
  state?: string;
}

export interface Ec2RouteTable extends AwsResourceBase {
  kind: 'aws.ec2.route_table';
  routeTableId: string;
  vpcId?: string;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  routes?: Route[];
  associatedSubnetIds: string[];
  isMain: boolean;
}

export interface PeeringSide {
  vpcId?: string;
  ownerId?: string;
  region?: string;
  cidrBlocks: string[];
}

export interface Ec2VpcPeeringConnection extends AwsResourceBase {
  kind: 'aws.ec2.vpc_peering_connection';
  peeringConnectionId: string;
  status?: string;
  requester: PeeringSide;
  accepter: PeeringSide;
}

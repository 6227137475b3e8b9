/** A security group and its rules, as DescribeSecurityGroups and DescribeNetworkInterfaces describe them. */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';

export interface CidrRange {
  cidr: string;
  description?: string;
}

export interface ReferencedGroup {
  groupId: string;
  /** The account owning the referenced group (cross-account references). */
  userId?: string;
  vpcId?: string;
  vpcPeeringConnectionId?: string;
}

/**
 * One permission (ingress or egress). `protocol` is `all` for AWS's `-1`, else `tcp`, `udp`, `icmp`, `icmpv6`
 * or the IANA number as a string. Ports are absent when the rule covers every port (protocol `all`); for ICMP
 * they carry type/code as AWS does (-1 meaning any).
 */
export interface SecurityGroupRule {
  protocol: string;
  fromPort?: number;
  toPort?: number;
  ipv4Ranges: CidrRange[];
  ipv6Ranges: CidrRange[];
  prefixListIds: string[];
  referencedGroups: ReferencedGroup[];
}

export interface Ec2SecurityGroup extends AwsResourceBase {
  kind: 'aws.ec2.security_group';
  groupId: string;
  groupName: string;
  description?: string;
  vpcId?: string;
  ownerId?: string;
  /** The group named `default` that AWS creates in every VPC. */
  isDefault: boolean;
  /** Inbound rules; absent when the answer left IpPermissions out (checks then answer UNKNOWN, never PASS). */
  ingress?: SecurityGroupRule[];
  /** Outbound rules; absent when the answer left IpPermissionsEgress out. */
  egress?: SecurityGroupRule[];
  /** Network interfaces using the group (DescribeNetworkInterfaces); 0 means unused. */
  attachedNetworkInterfaceIds: Collected<string[]>;
}

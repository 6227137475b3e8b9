/** A network ACL and its numbered entries (DescribeNetworkAcls). */
import type { AwsResourceBase } from './base';

export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  action: 'allow' | 'deny';
  /** `all` for AWS's `-1`, else `tcp`, `udp`, `icmp`, `icmpv6` or the IANA number. */
  protocol: string;
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  /** Absent when the entry covers every port. */
  portRange?: { from: number; to: number };
}

export interface Ec2NetworkAcl extends AwsResourceBase {
  kind: 'aws.ec2.network_acl';
  networkAclId: string;
  vpcId?: string;
  isDefault: boolean;
  /** Absent when the API answer omitted it: checks then answer UNKNOWN, never PASS. */
  entries?: NetworkAclEntry[];
  associatedSubnetIds: string[];
}

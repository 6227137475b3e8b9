/** Pure mapping from VPC API shapes (network ACL entries, routes, peering sides) to the normalized parts. */
import type { NetworkAclEntry as AwsAclEntry, Route as AwsRoute, VpcPeeringConnectionVpcInfo } from '@aws-sdk/client-ec2';
import type { NetworkAclEntry, PeeringSide, Route } from '@cspmexa/resources';
import { normalizeProtocol } from './ec2-normalize';

export function normalizeAclEntry(e: AwsAclEntry): NetworkAclEntry {
  const protocol = normalizeProtocol(e.Protocol);
  const range = e.PortRange;
  return {
    ruleNumber: e.RuleNumber ?? 0,
    egress: e.Egress === true,
    action: e.RuleAction === 'allow' ? 'allow' : 'deny',
    protocol,
    ...(e.CidrBlock ? { cidrBlock: e.CidrBlock } : {}),
    ...(e.Ipv6CidrBlock ? { ipv6CidrBlock: e.Ipv6CidrBlock } : {}),
    // AWS omits the range for "all protocols" and for ICMP; only TCP/UDP entries restrict ports.
    ...((protocol === 'tcp' || protocol === 'udp') && range?.From !== undefined && range.To !== undefined ? { portRange: { from: range.From, to: range.To } } : {}),
  };
}

export function normalizeRoute(r: AwsRoute): Route {
  return {
    ...(r.DestinationCidrBlock ? { destinationCidrBlock: r.DestinationCidrBlock } : {}),
    ...(r.DestinationIpv6CidrBlock ? { destinationIpv6CidrBlock: r.DestinationIpv6CidrBlock } : {}),
    ...(r.DestinationPrefixListId ? { destinationPrefixListId: r.DestinationPrefixListId } : {}),
    ...(r.GatewayId ? { gatewayId: r.GatewayId } : {}),
    ...(r.NatGatewayId ? { natGatewayId: r.NatGatewayId } : {}),
    ...(r.TransitGatewayId ? { transitGatewayId: r.TransitGatewayId } : {}),
    ...(r.VpcPeeringConnectionId ? { vpcPeeringConnectionId: r.VpcPeeringConnectionId } : {}),
    ...(r.State ? { state: r.State } : {}),
  };
}

export function normalizePeeringSide(v: VpcPeeringConnectionVpcInfo | undefined): PeeringSide {
  const cidrs = new Set<string>();
  if (v?.CidrBlock) cidrs.add(v.CidrBlock);
  for (const c of v?.CidrBlockSet ?? []) if (c.CidrBlock) cidrs.add(c.CidrBlock);
  return {
    ...(v?.VpcId ? { vpcId: v.VpcId } : {}),
    ...(v?.OwnerId ? { ownerId: v.OwnerId } : {}),
    ...(v?.Region ? { region: v.Region } : {}),
    cidrBlocks: [...cidrs],
  };
}

/**
 * VPC collector: VPCs with their flow logs (one DescribeFlowLogs for the region, joined by VPC id, rather than a
 * call per VPC), subnets, network ACLs, route tables and peering connections of every enabled region.
 */
import {
  DescribeFlowLogsCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSubnetsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
} from '@aws-sdk/client-ec2';
import { mapCollected, ok, type CloudResource, type FlowLog } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';
import { displayName, presentFlag, tagMap } from './ec2-normalize';
import { EC2_PAGE_SIZE, ec2RegionScope, type Ec2RegionScope } from './ec2-scope';
import { normalizeAclEntry, normalizePeeringSide, normalizeRoute } from './vpc-normalize';

const base = (s: Ec2RegionScope, type: string, id: string, awsTags: { Key?: string; Value?: string }[] | undefined) => {
  const tags = tagMap(awsTags);
  return { arn: s.arn(type, id), name: displayName(tags, id), accountId: s.ctx.accountId, region: s.region, tags: ok(tags) };
};

async function collectVpcs(s: Ec2RegionScope): Promise<CloudResource[]> {
  const [vpcs, flowLogs] = await Promise.all([
    s.list('DescribeVpcs', (NextToken) => s.ec2.send(new DescribeVpcsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })), (o) => ({ items: o.Vpcs, next: o.NextToken })),
    s.listPart('DescribeFlowLogs', (NextToken) => s.ec2.send(new DescribeFlowLogsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })), (o) => ({ items: o.FlowLogs, next: o.NextToken })),
  ]);
  return (vpcs ?? []).flatMap((v) => {
    if (!v.VpcId) return [];
    const logs = mapCollected(flowLogs, (all) =>
      all
        .filter((f) => f.ResourceId === v.VpcId && f.FlowLogId)
        .map((f): FlowLog => ({
          flowLogId: f.FlowLogId as string,
          ...(f.FlowLogStatus ? { status: f.FlowLogStatus } : {}),
          ...(f.TrafficType ? { trafficType: f.TrafficType } : {}),
          ...(f.LogDestinationType ? { destinationType: f.LogDestinationType } : {}),
        })),
    );
    return [{ kind: 'aws.ec2.vpc' as const, ...base(s, 'vpc', v.VpcId, v.Tags), vpcId: v.VpcId, ...(v.CidrBlock ? { cidrBlock: v.CidrBlock } : {}), isDefault: v.IsDefault === true, flowLogs: logs }];
  });
}

async function collectSubnets(s: Ec2RegionScope): Promise<CloudResource[]> {
  const subnets = await s.list('DescribeSubnets', (NextToken) => s.ec2.send(new DescribeSubnetsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })), (o) => ({ items: o.Subnets, next: o.NextToken }));
  return (subnets ?? []).flatMap((n) =>
    n.SubnetId
      ? [{
          kind: 'aws.ec2.subnet' as const,
          ...base(s, 'subnet', n.SubnetId, n.Tags),
          subnetId: n.SubnetId,
          ...(n.VpcId ? { vpcId: n.VpcId } : {}),
          ...(n.CidrBlock ? { cidrBlock: n.CidrBlock } : {}),
          ...(n.AvailabilityZone ? { availabilityZone: n.AvailabilityZone } : {}),
          ...presentFlag('mapPublicIpOnLaunch', n.MapPublicIpOnLaunch),
        }]
      : [],
  );
}

async function collectNetworkAcls(s: Ec2RegionScope): Promise<CloudResource[]> {
  const acls = await s.list('DescribeNetworkAcls', (NextToken) => s.ec2.send(new DescribeNetworkAclsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })), (o) => ({ items: o.NetworkAcls, next: o.NextToken }));
  return (acls ?? []).flatMap((a) =>
    a.NetworkAclId
      ? [{
          kind: 'aws.ec2.network_acl' as const,
          ...base(s, 'network-acl', a.NetworkAclId, a.Tags),
          networkAclId: a.NetworkAclId,
          ...(a.VpcId ? { vpcId: a.VpcId } : {}),
          isDefault: a.IsDefault === true,
          ...(a.Entries ? { entries: a.Entries.map(normalizeAclEntry) } : {}),
          associatedSubnetIds: (a.Associations ?? []).flatMap((x) => (x.SubnetId ? [x.SubnetId] : [])),
        }]
      : [],
  );
}

async function collectRouteTables(s: Ec2RegionScope): Promise<CloudResource[]> {
  const tables = await s.list('DescribeRouteTables', (NextToken) => s.ec2.send(new DescribeRouteTablesCommand({ MaxResults: 100, NextToken })), (o) => ({ items: o.RouteTables, next: o.NextToken }));
  return (tables ?? []).flatMap((t) =>
    t.RouteTableId
      ? [{
          kind: 'aws.ec2.route_table' as const,
          ...base(s, 'route-table', t.RouteTableId, t.Tags),
          routeTableId: t.RouteTableId,
          ...(t.VpcId ? { vpcId: t.VpcId } : {}),
          ...(t.Routes ? { routes: t.Routes.map(normalizeRoute) } : {}),
          associatedSubnetIds: (t.Associations ?? []).flatMap((x) => (x.SubnetId ? [x.SubnetId] : [])),
          isMain: (t.Associations ?? []).some((x) => x.Main === true),
        }]
      : [],
  );
}

async function collectPeerings(s: Ec2RegionScope): Promise<CloudResource[]> {
  const peerings = await s.list(
    'DescribeVpcPeeringConnections',
    (NextToken) => s.ec2.send(new DescribeVpcPeeringConnectionsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.VpcPeeringConnections, next: o.NextToken }),
  );
  return (peerings ?? []).flatMap((p) =>
    p.VpcPeeringConnectionId
      ? [{
          kind: 'aws.ec2.vpc_peering_connection' as const,
          ...base(s, 'vpc-peering-connection', p.VpcPeeringConnectionId, p.Tags),
          peeringConnectionId: p.VpcPeeringConnectionId,
          ...(p.Status?.Code ? { status: p.Status.Code } : {}),
          requester: normalizePeeringSide(p.RequesterVpcInfo),
          accepter: normalizePeeringSide(p.AccepterVpcInfo),
        }]
      : [],
  );
}

async function collectRegion(ctx: AwsScanContext, region: string, errors: ScanErrorRecord[]): Promise<CloudResource[]> {
  const s = ec2RegionScope(ctx, region, errors);
  const parts = await Promise.all([collectVpcs(s), collectSubnets(s), collectNetworkAcls(s), collectRouteTables(s), collectPeerings(s)]);
  return parts.flat();
}

export async function collectVpc(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const perRegion = await Promise.all(ctx.regions.map((region) => collectRegion(ctx, region, errors)));
  return { resources: perRegion.flat(), errors };
}

export const vpcCollector: AwsCollector = { service: 'vpc', collect: collectVpc };

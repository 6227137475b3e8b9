/** Security groups (with the network interfaces using them) and Elastic IPs of one region. */
import { DescribeAddressesCommand, DescribeNetworkInterfacesCommand, DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { mapCollected, ok, type Collected, type Ec2Address, type Ec2SecurityGroup } from '@cspmexa/resources';
import { scanError } from './calls/failures';
import { displayName, normalizeRule, tagMap } from './ec2-normalize';
import { EC2_PAGE_SIZE, type Ec2RegionScope } from './ec2-scope';

/** Security group id -> ids of the network interfaces using it; an error when interfaces could not be listed. */
async function interfacesByGroup(s: Ec2RegionScope): Promise<Collected<Map<string, string[]>>> {
  const enis = await s.listPart(
    'DescribeNetworkInterfaces',
    (NextToken) => s.ec2.send(new DescribeNetworkInterfacesCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.NetworkInterfaces, next: o.NextToken }),
  );
  if (enis.state !== 'ok') return enis as Collected<never>;
  const byGroup = new Map<string, string[]>();
  for (const eni of enis.value) {
    for (const g of eni.Groups ?? []) {
      if (!g.GroupId || !eni.NetworkInterfaceId) continue;
      byGroup.set(g.GroupId, [...(byGroup.get(g.GroupId) ?? []), eni.NetworkInterfaceId]);
    }
  }
  return ok(byGroup);
}

export async function collectSecurityGroups(s: Ec2RegionScope): Promise<Ec2SecurityGroup[]> {
  const [groups, attached] = await Promise.all([
    s.list(
      'DescribeSecurityGroups',
      (NextToken) => s.ec2.send(new DescribeSecurityGroupsCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })),
      (o) => ({ items: o.SecurityGroups, next: o.NextToken }),
    ),
    interfacesByGroup(s),
  ]);
  return (groups ?? []).flatMap((g) => {
    if (!g.GroupId) return [];
    const tags = tagMap(g.Tags);
    const attachedIds = mapCollected(attached, (byGroup) => byGroup.get(g.GroupId as string) ?? []);
    return [
      {
        kind: 'aws.ec2.security_group' as const,
        arn: s.arn('security-group', g.GroupId),
        name: displayName(tags, g.GroupName ?? g.GroupId),
        accountId: s.ctx.accountId,
        region: s.region,
        tags: ok(tags),
        groupId: g.GroupId,
        groupName: g.GroupName ?? '',
        ...(g.Description ? { description: g.Description } : {}),
        ...(g.VpcId ? { vpcId: g.VpcId } : {}),
        ...(g.OwnerId ? { ownerId: g.OwnerId } : {}),
        isDefault: g.GroupName === 'default',
        // AWS always sends both lists, [] when empty; one left out is unknown, not "no rules".
        ...(g.IpPermissions ? { ingress: g.IpPermissions.map(normalizeRule) } : {}),
        ...(g.IpPermissionsEgress ? { egress: g.IpPermissionsEgress.map(normalizeRule) } : {}),
        attachedNetworkInterfaceIds: attachedIds,
      },
    ];
  });
}

/** DescribeAddresses has no pagination: it is metered in the stricter "unpaginated" class. */
export async function collectAddresses(s: Ec2RegionScope): Promise<Ec2Address[]> {
  const api = s.api('DescribeAddresses', 'ec2-unpaginated');
  let out;
  try {
    out = await s.ctx.caller.call(api, () => s.ec2.send(new DescribeAddressesCommand({})));
  } catch (err) {
    s.errors.push(scanError(api, err));
    return [];
  }
  return (out.Addresses ?? []).flatMap((a) => {
    if (!a.PublicIp) return [];
    const tags = tagMap(a.Tags);
    const id = a.AllocationId ?? a.PublicIp;
    return [
      {
        kind: 'aws.ec2.address' as const,
        arn: s.arn('elastic-ip', id),
        name: displayName(tags, a.PublicIp),
        accountId: s.ctx.accountId,
        region: s.region,
        tags: ok(tags),
        publicIp: a.PublicIp,
        ...(a.AllocationId ? { allocationId: a.AllocationId } : {}),
        ...(a.AssociationId ? { associationId: a.AssociationId } : {}),
        ...(a.InstanceId ? { instanceId: a.InstanceId } : {}),
        ...(a.NetworkInterfaceId ? { networkInterfaceId: a.NetworkInterfaceId } : {}),
      },
    ];
  });
}

/** Pure mapping from EC2 API shapes to the normalized parts (no I/O). */
import type { InstanceMetadataOptions, SecurityGroupRule } from '@cspmexa/resources';
import type { IpPermission, Tag } from '@aws-sdk/client-ec2';

const protocolNames: Record<string, string> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** AWS writes "every protocol" as `-1` and sometimes gives IANA numbers; checks read one spelling. */
export function normalizeProtocol(protocol: string | undefined): string {
  const p = (protocol ?? '-1').toLowerCase();
  return protocolNames[p] ?? p;
}

export function normalizeRule(p: IpPermission): SecurityGroupRule {
  const protocol = normalizeProtocol(p.IpProtocol);
  return {
    protocol,
    // "All protocols" ignores ports: leaving them out says "every port" without a magic number.
    ...(protocol !== 'all' && p.FromPort !== undefined ? { fromPort: p.FromPort } : {}),
    ...(protocol !== 'all' && p.ToPort !== undefined ? { toPort: p.ToPort } : {}),
    ipv4Ranges: (p.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [{ cidr: r.CidrIp, ...(r.Description ? { description: r.Description } : {}) }] : [])),
    ipv6Ranges: (p.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [{ cidr: r.CidrIpv6, ...(r.Description ? { description: r.Description } : {}) }] : [])),
    prefixListIds: (p.PrefixListIds ?? []).flatMap((l) => (l.PrefixListId ? [l.PrefixListId] : [])),
    referencedGroups: (p.UserIdGroupPairs ?? []).flatMap((g) =>
      g.GroupId
        ? [
            {
              groupId: g.GroupId,
              ...(g.UserId ? { userId: g.UserId } : {}),
              ...(g.VpcId ? { vpcId: g.VpcId } : {}),
              ...(g.VpcPeeringConnectionId ? { vpcPeeringConnectionId: g.VpcPeeringConnectionId } : {}),
            },
          ]
        : [],
    ),
  };
}

export function tagMap(tags: readonly Pick<Tag, 'Key' | 'Value'>[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}

/** The Name tag when set, else the id: what people call the resource in the console. */
export const displayName = (tags: Record<string, string>, id: string) => tags.Name || id;

export function normalizeMetadataOptions(o: { HttpTokens?: string; HttpEndpoint?: string; HttpPutResponseHopLimit?: number } | undefined): InstanceMetadataOptions {
  return {
    ...(o?.HttpTokens === 'required' || o?.HttpTokens === 'optional' ? { httpTokens: o.HttpTokens } : {}),
    ...(o?.HttpEndpoint === 'enabled' || o?.HttpEndpoint === 'disabled' ? { httpEndpoint: o.HttpEndpoint } : {}),
    ...(o?.HttpPutResponseHopLimit !== undefined && o.HttpPutResponseHopLimit !== null ? { httpPutResponseHopLimit: o.HttpPutResponseHopLimit } : {}),
  };
}

export const iso = (d: Date | string | undefined): string | undefined => (d === undefined ? undefined : d instanceof Date ? d.toISOString() : d);

/**
 * `{ [key]: value }` when the answer carried the flag, else nothing: a flag AWS left out stays unknown instead of
 * turning into `false`, which for "public" or "auto-assigns public IPs" would read as a PASS.
 */
export function presentFlag<K extends string>(key: K, value: boolean | undefined): { [P in K]?: boolean } {
  return (typeof value === 'boolean' ? { [key]: value } : {}) as { [P in K]?: boolean };
}

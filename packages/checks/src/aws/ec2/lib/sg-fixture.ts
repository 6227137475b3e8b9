import { ok, type Ec2SecurityGroup, type SecurityGroupRule } from '@cspmexa/resources';

export { accessDenied } from '../../s3/lib/bucket-fixture';

/** A security group in use by one interface, with no rule: tests add the rules they are about. */
export function securityGroup(overrides: Partial<Ec2SecurityGroup> = {}): Ec2SecurityGroup {
  const groupId = overrides.groupId ?? 'sg-0123456789abcdef0';
  return {
    kind: 'aws.ec2.security_group',
    arn: `arn:aws:ec2:eu-west-1:111122223333:security-group/${groupId}`,
    name: 'web',
    accountId: '111122223333',
    region: 'eu-west-1',
    tags: ok({}),
    groupId,
    groupName: 'web',
    vpcId: 'vpc-0a1b2c3d',
    ownerId: '111122223333',
    isDefault: false,
    ingress: [],
    egress: [],
    attachedNetworkInterfaceIds: ok(['eni-0abc']),
    ...overrides,
  };
}

type Sources = Partial<Pick<SecurityGroupRule, 'ipv4Ranges' | 'ipv6Ranges' | 'prefixListIds' | 'referencedGroups'>>;

/** A rule for `protocol` over ports `from`-`to` (omit both for protocol `all`), from the given sources. */
export function rule(protocol: string, from: number | undefined, to: number | undefined, sources: Sources): SecurityGroupRule {
  return {
    protocol,
    ...(from !== undefined ? { fromPort: from } : {}),
    ...(to !== undefined ? { toPort: to } : {}),
    ipv4Ranges: sources.ipv4Ranges ?? [],
    ipv6Ranges: sources.ipv6Ranges ?? [],
    prefixListIds: sources.prefixListIds ?? [],
    referencedGroups: sources.referencedGroups ?? [],
  };
}

export const fromIpv4 = (...cidrs: string[]): Sources => ({ ipv4Ranges: cidrs.map((cidr) => ({ cidr })) });
export const fromIpv6 = (...cidrs: string[]): Sources => ({ ipv6Ranges: cidrs.map((cidr) => ({ cidr })) });
export const tcp = (from: number, to: number, sources: Sources) => rule('tcp', from, to, sources);
/** AWS's protocol -1, as the collector normalizes it. */
export const allTraffic = (sources: Sources) => rule('all', undefined, undefined, sources);
export const fromGroup = (groupId: string): Sources => ({ referencedGroups: [{ groupId, userId: '111122223333' }] });
export const fromPrefixList = (id: string): Sources => ({ prefixListIds: [id] });

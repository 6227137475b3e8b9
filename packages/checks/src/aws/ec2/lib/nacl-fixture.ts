import type { Ec2NetworkAcl, NetworkAclEntry } from '@cspmexa/resources';
import { ACCOUNT_ID, REGION } from './instance-fixture';

/** The last-resort deny AWS puts at the end of every NACL (rule *, numbered 32767). */
export const DEFAULT_DENY: NetworkAclEntry = { ruleNumber: 32767, egress: false, action: 'deny', protocol: 'all', cidrBlock: '0.0.0.0/0' };

export const ingress = (ruleNumber: number, action: 'allow' | 'deny', protocol: string, cidr: string, ports?: [number, number]): NetworkAclEntry => ({
  ruleNumber,
  egress: false,
  action,
  protocol,
  ...(cidr.includes(':') ? { ipv6CidrBlock: cidr } : { cidrBlock: cidr }),
  ...(ports !== undefined ? { portRange: { from: ports[0], to: ports[1] } } : {}),
});

/** A NACL admitting HTTPS from the internet only, then the default deny. */
export function networkAcl(entries: NetworkAclEntry[] = [ingress(100, 'allow', 'tcp', '0.0.0.0/0', [443, 443]), DEFAULT_DENY]): Ec2NetworkAcl {
  return {
    kind: 'aws.ec2.network_acl',
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:network-acl/acl-0abc`,
    name: 'acl-0abc',
    accountId: ACCOUNT_ID,
    region: REGION,
    networkAclId: 'acl-0abc',
    vpcId: 'vpc-0a1b2c3d',
    isDefault: false,
    entries,
    associatedSubnetIds: ['subnet-0a1b'],
  };
}

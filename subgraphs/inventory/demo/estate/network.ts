/**
 * The demo's networks: a production VPC with flow logs in us-east-1 peered (too broadly) with the EU VPC, the
 * default VPCs nobody cleaned up, subnets that hand out public IPs, NACLs and security groups from tidy to wide open.
 */
import { ok, type CloudResource, type Ec2NetworkAcl, type Ec2SecurityGroup, type NetworkAclEntry, type SecurityGroupRule } from '@cspmexa/resources';
import { DEMO_ACCOUNT, ec2Arn, hexId, tags, type DemoRegion } from './common';

export interface DemoVpc {
  key: string;
  region: DemoRegion;
  cidr: string;
  isDefault: boolean;
  flowLogs: boolean;
  name: string;
}

export const DEMO_VPCS: DemoVpc[] = [
  { key: 'prod', region: 'us-east-1', cidr: '10.10.0.0/16', isDefault: false, flowLogs: true, name: 'prod-vpc' },
  { key: 'default-use1', region: 'us-east-1', cidr: '172.31.0.0/16', isDefault: true, flowLogs: false, name: 'default' },
  { key: 'eu', region: 'eu-west-1', cidr: '10.20.0.0/16', isDefault: false, flowLogs: false, name: 'eu-services-vpc' },
  { key: 'default-apse2', region: 'ap-southeast-2', cidr: '172.31.0.0/16', isDefault: true, flowLogs: false, name: 'default' },
];

export const vpcId = (key: string) => hexId('vpc', key);
export const subnetId = (key: string) => hexId('subnet', key);
export const sgId = (key: string) => hexId('sg', key);
export const eniId = (key: string) => hexId('eni', key);
const pcxId = hexId('pcx', 'prod-eu');

const anywhere = [{ cidr: '0.0.0.0/0' }];
const rule = (protocol: string, from: number | undefined, to: number | undefined, ipv4 = anywhere, groups: string[] = []): SecurityGroupRule => ({
  protocol,
  ...(from === undefined ? {} : { fromPort: from, toPort: to ?? from }),
  ipv4Ranges: ipv4,
  ipv6Ranges: [],
  prefixListIds: [],
  referencedGroups: groups.map((groupId) => ({ groupId, userId: DEMO_ACCOUNT })),
});
const allOut = [rule('all', undefined, undefined)];

interface GroupSpec {
  key: string;
  vpc: string;
  name: string;
  description: string;
  ingress: SecurityGroupRule[];
  enis: string[];
  isDefault?: boolean;
}

const GROUPS: GroupSpec[] = [
  { key: 'prod-default', vpc: 'prod', name: 'default', description: 'default VPC security group', ingress: [], enis: [], isDefault: true },
  { key: 'use1-default', vpc: 'default-use1', name: 'default', description: 'default VPC security group', ingress: [rule('all', undefined, undefined, [], [sgId('use1-default')]), rule('tcp', 22, 22)], enis: ['legacy-app'], isDefault: true },
  { key: 'eu-default', vpc: 'eu', name: 'default', description: 'default VPC security group', ingress: [rule('all', undefined, undefined, [], [sgId('eu-default')])], enis: [], isDefault: true },
  { key: 'apse2-default', vpc: 'default-apse2', name: 'default', description: 'default VPC security group', ingress: [rule('all', undefined, undefined, [], [sgId('apse2-default')])], enis: [], isDefault: true },
  { key: 'web-alb', vpc: 'prod', name: 'web-alb', description: 'Public load balancer', ingress: [rule('tcp', 443, 443), rule('tcp', 80, 80)], enis: ['alb-1', 'alb-2'] },
  { key: 'web-app', vpc: 'prod', name: 'web-app', description: 'Web tier behind the ALB', ingress: [rule('tcp', 8080, 8080, [], [sgId('web-alb')])], enis: ['web-1', 'web-2'] },
  { key: 'bastion', vpc: 'prod', name: 'bastion-ssh', description: 'SSH bastion (temporary, 2021)', ingress: [rule('tcp', 22, 22)], enis: ['bastion'] },
  { key: 'db', vpc: 'prod', name: 'postgres', description: 'RDS PostgreSQL', ingress: [rule('tcp', 5432, 5432, [], [sgId('web-app')])], enis: ['rds-1'] },
  { key: 'windows-jump', vpc: 'prod', name: 'windows-jumphost', description: 'RDP for the finance app', ingress: [rule('tcp', 3389, 3389)], enis: ['jump-1'] },
  { key: 'vpn-office', vpc: 'prod', name: 'office-vpn', description: 'Office IP range', ingress: [rule('tcp', 22, 22, [{ cidr: '198.51.100.0/26' }]), rule('tcp', 443, 443, [{ cidr: '198.51.0.0/16' }])], enis: ['batch-1'] },
  { key: 'debug-all-open', vpc: 'default-use1', name: 'launch-wizard-3', description: 'launch-wizard-3 created 2022-03-14', ingress: [rule('all', undefined, undefined)], enis: ['legacy-app'] },
  { key: 'eu-api', vpc: 'eu', name: 'eu-api', description: 'EU API servers', ingress: [rule('tcp', 443, 443), rule('tcp', 6379, 6379, [{ cidr: '10.0.0.0/8' }])], enis: ['eu-api-1', 'eu-api-2'] },
  { key: 'eu-mongo', vpc: 'eu', name: 'mongo-legacy', description: 'MongoDB (migrating)', ingress: [rule('tcp', 27017, 27017)], enis: ['eu-mongo-1'] },
  { key: 'eu-unused', vpc: 'eu', name: 'old-staging', description: 'Staging (decommissioned)', ingress: [rule('tcp', 22, 22, [{ cidr: '10.20.0.0/16' }])], enis: [] },
  { key: 'apse2-media', vpc: 'default-apse2', name: 'media-transcoder', description: 'Transcoding workers', ingress: [rule('tcp', 443, 443, [{ cidr: '10.0.0.0/8' }])], enis: ['media-1'] },
];

const vpcOf = (key: string) => DEMO_VPCS.find((v) => v.key === key) as DemoVpc;

function securityGroup(g: GroupSpec): Ec2SecurityGroup {
  const vpc = vpcOf(g.vpc);
  return {
    kind: 'aws.ec2.security_group',
    arn: ec2Arn(vpc.region, 'security-group', sgId(g.key)),
    name: g.name,
    accountId: DEMO_ACCOUNT,
    region: vpc.region,
    tags: tags(g.isDefault ? {} : { Name: g.name }),
    groupId: sgId(g.key),
    groupName: g.name,
    description: g.description,
    vpcId: vpcId(g.vpc),
    ownerId: DEMO_ACCOUNT,
    isDefault: g.isDefault ?? false,
    ingress: g.ingress,
    egress: allOut,
    attachedNetworkInterfaceIds: ok(g.enis.map(eniId)),
  };
}

const aclEntry = (ruleNumber: number, action: 'allow' | 'deny', protocol: string, cidrBlock: string, portRange?: { from: number; to: number }, egress = false): NetworkAclEntry => ({
  ruleNumber,
  egress,
  action,
  protocol,
  cidrBlock,
  ...(portRange ? { portRange } : {}),
});

function networkAcl(vpc: DemoVpc, hardened: boolean): Ec2NetworkAcl {
  const id = hexId('acl', vpc.key);
  const entries = hardened
    ? [aclEntry(90, 'deny', 'tcp', '0.0.0.0/0', { from: 22, to: 22 }), aclEntry(91, 'deny', 'tcp', '0.0.0.0/0', { from: 3389, to: 3389 }), aclEntry(100, 'allow', 'all', '0.0.0.0/0'), aclEntry(32767, 'deny', 'all', '0.0.0.0/0')]
    : [aclEntry(100, 'allow', 'all', '0.0.0.0/0'), aclEntry(32767, 'deny', 'all', '0.0.0.0/0')];
  return {
    kind: 'aws.ec2.network_acl',
    arn: ec2Arn(vpc.region, 'network-acl', id),
    name: id,
    accountId: DEMO_ACCOUNT,
    region: vpc.region,
    tags: tags({}),
    networkAclId: id,
    vpcId: vpcId(vpc.key),
    isDefault: true,
    entries: [...entries, aclEntry(100, 'allow', 'all', '0.0.0.0/0', undefined, true)],
    associatedSubnetIds: [],
  };
}

const SUBNETS = [
  { key: 'prod-public-a', vpc: 'prod', cidr: '10.10.0.0/24', az: 'us-east-1a', publicIp: false },
  { key: 'prod-public-b', vpc: 'prod', cidr: '10.10.1.0/24', az: 'us-east-1b', publicIp: false },
  { key: 'prod-private-a', vpc: 'prod', cidr: '10.10.10.0/24', az: 'us-east-1a', publicIp: false },
  { key: 'prod-private-b', vpc: 'prod', cidr: '10.10.11.0/24', az: 'us-east-1b', publicIp: false },
  { key: 'default-use1-a', vpc: 'default-use1', cidr: '172.31.0.0/20', az: 'us-east-1a', publicIp: true },
  { key: 'eu-app-a', vpc: 'eu', cidr: '10.20.1.0/24', az: 'eu-west-1a', publicIp: true },
  { key: 'eu-data-a', vpc: 'eu', cidr: '10.20.2.0/24', az: 'eu-west-1a', publicIp: false },
  { key: 'default-apse2-a', vpc: 'default-apse2', cidr: '172.31.0.0/20', az: 'ap-southeast-2a', publicIp: true },
];

export function demoNetwork(): CloudResource[] {
  const out: CloudResource[] = [];
  for (const vpc of DEMO_VPCS) {
    const id = vpcId(vpc.key);
    out.push({
      kind: 'aws.ec2.vpc',
      arn: ec2Arn(vpc.region, 'vpc', id),
      name: vpc.name,
      accountId: DEMO_ACCOUNT,
      region: vpc.region,
      tags: tags(vpc.isDefault ? {} : { Name: vpc.name, Environment: 'prod' }),
      vpcId: id,
      cidrBlock: vpc.cidr,
      isDefault: vpc.isDefault,
      flowLogs: ok(vpc.flowLogs ? [{ flowLogId: hexId('fl', vpc.key), status: 'ACTIVE', trafficType: 'ALL', destinationType: 'cloud-watch-logs' }] : []),
    });
    out.push(networkAcl(vpc, vpc.key === 'prod'));
  }
  for (const s of SUBNETS) {
    const vpc = vpcOf(s.vpc);
    out.push({
      kind: 'aws.ec2.subnet',
      arn: ec2Arn(vpc.region, 'subnet', subnetId(s.key)),
      name: s.key,
      accountId: DEMO_ACCOUNT,
      region: vpc.region,
      tags: tags({ Name: s.key }),
      subnetId: subnetId(s.key),
      vpcId: vpcId(s.vpc),
      cidrBlock: s.cidr,
      availabilityZone: s.az,
      mapPublicIpOnLaunch: s.publicIp,
    });
  }
  const routeTable = (key: string, vpcKey: string, routes: object[], subnets: string[]) => {
    const vpc = vpcOf(vpcKey);
    const id = hexId('rtb', key);
    out.push({
      kind: 'aws.ec2.route_table',
      arn: ec2Arn(vpc.region, 'route-table', id),
      name: key,
      accountId: DEMO_ACCOUNT,
      region: vpc.region,
      tags: tags({ Name: key }),
      routeTableId: id,
      vpcId: vpcId(vpcKey),
      routes: [{ destinationCidrBlock: vpc.cidr, gatewayId: 'local', state: 'active' }, ...routes],
      associatedSubnetIds: subnets.map(subnetId),
      isMain: subnets.length === 0,
    });
  };
  routeTable('prod-public', 'prod', [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: hexId('igw', 'prod'), state: 'active' }], ['prod-public-a', 'prod-public-b']);
  // Only the EU database subnet is needed, yet the whole EU VPC is routed through the peering.
  routeTable('prod-private', 'prod', [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: hexId('nat', 'prod'), state: 'active' }, { destinationCidrBlock: '10.20.0.0/16', vpcPeeringConnectionId: pcxId, state: 'active' }], ['prod-private-a', 'prod-private-b']);
  routeTable('eu-app', 'eu', [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: hexId('igw', 'eu'), state: 'active' }, { destinationCidrBlock: '10.10.10.0/24', vpcPeeringConnectionId: pcxId, state: 'active' }], ['eu-app-a', 'eu-data-a']);
  out.push({
    kind: 'aws.ec2.vpc_peering_connection',
    arn: ec2Arn('us-east-1', 'vpc-peering-connection', pcxId),
    name: 'prod-to-eu',
    accountId: DEMO_ACCOUNT,
    region: 'us-east-1',
    tags: tags({ Name: 'prod-to-eu' }),
    peeringConnectionId: pcxId,
    status: 'active',
    requester: { vpcId: vpcId('prod'), ownerId: DEMO_ACCOUNT, region: 'us-east-1', cidrBlocks: ['10.10.0.0/16'] },
    accepter: { vpcId: vpcId('eu'), ownerId: DEMO_ACCOUNT, region: 'eu-west-1', cidrBlocks: ['10.20.0.0/16'] },
  });
  out.push(...GROUPS.map(securityGroup));
  return out;
}

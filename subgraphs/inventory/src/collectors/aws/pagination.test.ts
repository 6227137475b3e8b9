import * as ec2 from '@aws-sdk/client-ec2';
import * as iam from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { collectEc2 } from './ec2';
import { installEstate, mocks } from './fixtures/estate';
import { createIamCollector } from './iam';
import { testScanContext } from './test-support';
import { collectVpc } from './vpc';

/** [command, items key, two pages of items, token key in the request, token key in the answer, kind collected] */
type Case = [string, new (input: never) => unknown, string, object[], object[], string];
const ec2Cases: Case[] = [
  ['DescribeSecurityGroups', ec2.DescribeSecurityGroupsCommand, 'SecurityGroups', [{ GroupId: 'sg-a' }], [{ GroupId: 'sg-b' }], 'aws.ec2.security_group'],
  ['DescribeInstances', ec2.DescribeInstancesCommand, 'Reservations', [{ Instances: [{ InstanceId: 'i-a' }] }], [{ Instances: [{ InstanceId: 'i-b' }] }], 'aws.ec2.instance'],
  ['DescribeVolumes', ec2.DescribeVolumesCommand, 'Volumes', [{ VolumeId: 'vol-a' }], [{ VolumeId: 'vol-b' }], 'aws.ec2.volume'],
  ['DescribeSnapshots', ec2.DescribeSnapshotsCommand, 'Snapshots', [{ SnapshotId: 'snap-a' }], [{ SnapshotId: 'snap-b' }], 'aws.ec2.snapshot'],
  ['DescribeLaunchTemplates', ec2.DescribeLaunchTemplatesCommand, 'LaunchTemplates', [{ LaunchTemplateId: 'lt-a' }], [{ LaunchTemplateId: 'lt-b' }], 'aws.ec2.launch_template'],
];
const vpcCases: Case[] = [
  ['DescribeVpcs', ec2.DescribeVpcsCommand, 'Vpcs', [{ VpcId: 'vpc-a' }], [{ VpcId: 'vpc-b' }], 'aws.ec2.vpc'],
  ['DescribeSubnets', ec2.DescribeSubnetsCommand, 'Subnets', [{ SubnetId: 'subnet-a' }], [{ SubnetId: 'subnet-b' }], 'aws.ec2.subnet'],
  ['DescribeNetworkAcls', ec2.DescribeNetworkAclsCommand, 'NetworkAcls', [{ NetworkAclId: 'acl-a' }], [{ NetworkAclId: 'acl-b' }], 'aws.ec2.network_acl'],
  ['DescribeRouteTables', ec2.DescribeRouteTablesCommand, 'RouteTables', [{ RouteTableId: 'rtb-a' }], [{ RouteTableId: 'rtb-b' }], 'aws.ec2.route_table'],
  ['DescribeVpcPeeringConnections', ec2.DescribeVpcPeeringConnectionsCommand, 'VpcPeeringConnections', [{ VpcPeeringConnectionId: 'pcx-a' }], [{ VpcPeeringConnectionId: 'pcx-b' }], 'aws.ec2.vpc_peering_connection'],
];

function twoPages(command: Case[1], key: string, first: object[], second: object[]) {
  mocks.ec2
    .on(command as never)
    .resolvesOnce({ [key]: first, NextToken: 'page-2' } as never)
    .resolvesOnce({ [key]: second } as never);
}

describe('every collector follows every page', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  for (const [name, command, key, first, second, kind] of ec2Cases) {
    it(`ec2:${name} (both pages, the second asked with the first's token)`, async () => {
      installEstate();
      twoPages(command, key, first, second);
      const { resources } = await collectEc2(testScanContext());
      expect(resources.filter((r) => r.kind === kind)).toHaveLength(2);
      const calls = mocks.ec2.commandCalls(command as never);
      expect(calls.map((c) => (c.args[0].input as { NextToken?: string }).NextToken)).toEqual([undefined, 'page-2']);
    });
  }

  for (const [name, command, key, first, second, kind] of vpcCases) {
    it(`ec2:${name} (VPC collector)`, async () => {
      installEstate();
      twoPages(command, key, first, second);
      const { resources } = await collectVpc(testScanContext());
      expect(resources.filter((r) => r.kind === kind)).toHaveLength(2);
      expect(mocks.ec2.commandCalls(command as never)).toHaveLength(2);
    });
  }

  it('ec2:DescribeFlowLogs pages are joined to their VPC', async () => {
    installEstate();
    mocks.ec2
      .on(ec2.DescribeFlowLogsCommand)
      .resolvesOnce({ FlowLogs: [{ FlowLogId: 'fl-other', ResourceId: 'vpc-other' }], NextToken: 'p2' })
      .resolvesOnce({ FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE' }] });
    const { resources } = await collectVpc(testScanContext());
    expect(resources.find((r) => r.kind === 'aws.ec2.vpc')).toMatchObject({ flowLogs: { state: 'ok', value: [{ flowLogId: 'fl-1', status: 'ACTIVE' }] } });
  });

  it('iam:GetAccountAuthorizationDetails, ListVirtualMFADevices and ListServerCertificates follow IsTruncated/Marker', async () => {
    installEstate();
    mocks.iam
      .on(iam.GetAccountAuthorizationDetailsCommand)
      .resolvesOnce({ UserDetailList: [{ UserName: 'a', Arn: 'arn:aws:iam::123456789012:user/a' }], IsTruncated: true, Marker: 'm2' })
      .resolvesOnce({ UserDetailList: [{ UserName: 'b', Arn: 'arn:aws:iam::123456789012:user/b' }], RoleDetailList: [{ RoleName: 'r', Arn: 'arn:aws:iam::123456789012:role/r', AssumeRolePolicyDocument: '%7B%22Statement%22%3A%5B%5D%7D' }], IsTruncated: false });
    mocks.iam
      .on(iam.ListVirtualMFADevicesCommand)
      .resolvesOnce({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/a' }], IsTruncated: true, Marker: 'v2' })
      .resolvesOnce({ VirtualMFADevices: [{ SerialNumber: 'arn:aws:iam::123456789012:mfa/root', User: { Arn: 'arn:aws:iam::123456789012:root' } as never }], IsTruncated: false });
    mocks.iam
      .on(iam.ListServerCertificatesCommand)
      .resolvesOnce({ ServerCertificateMetadataList: [{ ServerCertificateName: 'c1', ServerCertificateId: 'x', Arn: 'arn:aws:iam::123456789012:server-certificate/c1', Path: '/' }], IsTruncated: true, Marker: 'c2' })
      .resolvesOnce({ ServerCertificateMetadataList: [{ ServerCertificateName: 'c2', ServerCertificateId: 'y', Arn: 'arn:aws:iam::123456789012:server-certificate/c2', Path: '/', Expiration: new Date('2020-01-01T00:00:00Z') }], IsTruncated: false });
    const collector = createIamCollector({ intervalMs: 0, maxPolls: 2, sleep: async () => undefined });
    const { resources, errors } = await collector.collect(testScanContext());
    expect(errors).toEqual([]);
    expect(resources.filter((r) => r.kind === 'aws.iam.user').map((r) => r.name)).toEqual(['a', 'b']);
    expect(resources.find((r) => r.kind === 'aws.iam.role')).toMatchObject({ assumeRolePolicy: { state: 'ok', value: { Statement: [] } } });
    expect(mocks.iam.commandCalls(iam.GetAccountAuthorizationDetailsCommand)[1]?.args[0].input).toMatchObject({ Marker: 'm2' });
    expect(resources.find((r) => r.kind === 'aws.iam.account')).toMatchObject({ virtualMfaDevices: { state: 'ok', value: [{}, { userArn: 'arn:aws:iam::123456789012:root' }] } });
    expect(resources.filter((r) => r.kind === 'aws.iam.server_certificate').map((r) => r.name)).toEqual(['c1', 'c2']);
  });
});

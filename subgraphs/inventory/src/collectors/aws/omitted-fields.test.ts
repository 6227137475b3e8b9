import * as ec2 from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it } from 'vitest';
import { collectEc2 } from './ec2';
import { installEstate, mocks } from './fixtures/estate';
import { testScanContext } from './test-support';
import { collectVpc } from './vpc';

/**
 * A field the answer left out must stay out of the resource (the check then says UNKNOWN): read as `false` or
 * `[]`, an omitted "Public", "MapPublicIpOnLaunch", network ACL "Entries" or route table "Routes" would be a PASS.
 */
describe('fields an AWS answer omits stay unknown', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  const byKind = <T>(resources: readonly { kind: string }[], kind: string) => resources.find((r) => r.kind === kind) as T;

  it('EC2: image Public, volume and snapshot Encrypted', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-1' }] });
    mocks.ec2.on(ec2.DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-1' }] });
    mocks.ec2.on(ec2.DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1' }] });
    const { resources } = await collectEc2(testScanContext());
    expect(byKind<object>(resources, 'aws.ec2.image')).not.toHaveProperty('public');
    expect(byKind<object>(resources, 'aws.ec2.volume')).not.toHaveProperty('encrypted');
    expect(byKind<object>(resources, 'aws.ec2.snapshot')).not.toHaveProperty('encrypted');
  });

  it('EC2: a security group without IpPermissions lists has unknown rules; empty lists are no rules', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        { GroupId: 'sg-unknown', GroupName: 'web' },
        { GroupId: 'sg-empty', GroupName: 'default', IpPermissions: [], IpPermissionsEgress: [] },
      ],
    });
    const { resources } = await collectEc2(testScanContext());
    const groups = resources.filter((r) => r.kind === 'aws.ec2.security_group');
    expect(groups.find((g) => g.name === 'web')).not.toHaveProperty('ingress');
    expect(groups.find((g) => g.name === 'web')).not.toHaveProperty('egress');
    expect(groups.find((g) => g.name === 'default')).toMatchObject({ ingress: [], egress: [] });
  });

  it('EC2: a snapshot attribute answer without CreateVolumePermissions is MalformedResponse, an empty list is private', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeSnapshotsCommand).resolves({ Snapshots: [{ SnapshotId: 'snap-1' }] });
    mocks.ec2.on(ec2.DescribeSnapshotAttributeCommand).resolvesOnce({ SnapshotId: 'snap-1' });
    const malformed = await collectEc2(testScanContext());
    expect(byKind(malformed.resources, 'aws.ec2.snapshot')).toMatchObject({ createVolumePermission: { state: 'error', code: 'MalformedResponse' } });
    expect(malformed.errors.map((e) => e.api)).toContain('ec2:DescribeSnapshotAttribute');

    mocks.ec2.on(ec2.DescribeSnapshotAttributeCommand).resolves({ SnapshotId: 'snap-1', CreateVolumePermissions: [] });
    const empty = await collectEc2(testScanContext());
    expect(byKind(empty.resources, 'aws.ec2.snapshot')).toMatchObject({ createVolumePermission: { state: 'ok', value: { public: false, accountIds: [] } } });
  });

  it('EC2: flags the answer carries are kept, false included', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeImagesCommand).resolves({ Images: [{ ImageId: 'ami-1', Public: false }] });
    mocks.ec2.on(ec2.DescribeVolumesCommand).resolves({ Volumes: [{ VolumeId: 'vol-1', Encrypted: false }] });
    const { resources } = await collectEc2(testScanContext());
    expect(byKind(resources, 'aws.ec2.image')).toMatchObject({ public: false });
    expect(byKind(resources, 'aws.ec2.volume')).toMatchObject({ encrypted: false });
  });

  it('VPC: subnet MapPublicIpOnLaunch, network ACL Entries, route table Routes', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-1' }] });
    mocks.ec2.on(ec2.DescribeNetworkAclsCommand).resolves({ NetworkAcls: [{ NetworkAclId: 'acl-1' }] });
    mocks.ec2.on(ec2.DescribeRouteTablesCommand).resolves({ RouteTables: [{ RouteTableId: 'rtb-1' }] });
    const { resources } = await collectVpc(testScanContext());
    expect(byKind<object>(resources, 'aws.ec2.subnet')).not.toHaveProperty('mapPublicIpOnLaunch');
    expect(byKind<object>(resources, 'aws.ec2.network_acl')).not.toHaveProperty('entries');
    expect(byKind<object>(resources, 'aws.ec2.route_table')).not.toHaveProperty('routes');
  });

  it('VPC: an empty Entries or Routes list is a fact, kept as []', async () => {
    installEstate();
    mocks.ec2.on(ec2.DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-1', MapPublicIpOnLaunch: false }] });
    mocks.ec2.on(ec2.DescribeNetworkAclsCommand).resolves({ NetworkAcls: [{ NetworkAclId: 'acl-1', Entries: [] }] });
    mocks.ec2.on(ec2.DescribeRouteTablesCommand).resolves({ RouteTables: [{ RouteTableId: 'rtb-1', Routes: [] }] });
    const { resources } = await collectVpc(testScanContext());
    expect(byKind(resources, 'aws.ec2.subnet')).toMatchObject({ mapPublicIpOnLaunch: false });
    expect(byKind(resources, 'aws.ec2.network_acl')).toMatchObject({ entries: [] });
    expect(byKind(resources, 'aws.ec2.route_table')).toMatchObject({ routes: [] });
  });
});

/** The naive EC2/VPC reads of one region: every list, then each instance's user data and each snapshot's permissions, one call at a time. */
import * as ec2 from '@aws-sdk/client-ec2';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { allPages, type Recorder } from './record';

const PAGE = 1000;

export async function readEc2Region(client: EC2Client, rec: Recorder): Promise<void> {
  const list = async <Out extends { NextToken?: string | undefined }>(api: string, send: (token: string | undefined) => Promise<Out>) =>
    allPages((token) => rec.call(api, () => send(token)), (o) => o.NextToken);

  const reservations = (await list('DescribeInstances', (NextToken) => client.send(new ec2.DescribeInstancesCommand({ MaxResults: PAGE, NextToken })))).flatMap((p) => p.Reservations ?? []);
  const instances = reservations.flatMap((r) => r.Instances ?? []);
  const groups = (await list('DescribeSecurityGroups', (NextToken) => client.send(new ec2.DescribeSecurityGroupsCommand({ MaxResults: PAGE, NextToken })))).flatMap((p) => p.SecurityGroups ?? []);
  await list('DescribeNetworkInterfaces', (NextToken) => client.send(new ec2.DescribeNetworkInterfacesCommand({ MaxResults: PAGE, NextToken })));
  const volumes = (await list('DescribeVolumes', (NextToken) => client.send(new ec2.DescribeVolumesCommand({ MaxResults: 500, NextToken })))).flatMap((p) => p.Volumes ?? []);
  const snapshots = (await list('DescribeSnapshots', (NextToken) => client.send(new ec2.DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: PAGE, NextToken })))).flatMap((p) => p.Snapshots ?? []);
  const imageIds = [...new Set(instances.flatMap((i) => (i.ImageId ? [i.ImageId] : [])))];
  const Filters = [{ Name: 'image-id', Values: imageIds }];
  await list('DescribeImages', (NextToken) => client.send(new ec2.DescribeImagesCommand({ Filters, MaxResults: PAGE, NextToken })));
  const vpcs = (await list('DescribeVpcs', (NextToken) => client.send(new ec2.DescribeVpcsCommand({ MaxResults: PAGE, NextToken })))).flatMap((p) => p.Vpcs ?? []);
  await list('DescribeSubnets', (NextToken) => client.send(new ec2.DescribeSubnetsCommand({ MaxResults: PAGE, NextToken })));
  await list('DescribeNetworkAcls', (NextToken) => client.send(new ec2.DescribeNetworkAclsCommand({ MaxResults: 1000, NextToken })));
  await list('DescribeRouteTables', (NextToken) => client.send(new ec2.DescribeRouteTablesCommand({ MaxResults: 100, NextToken })));
  await list('DescribeVpcPeeringConnections', (NextToken) => client.send(new ec2.DescribeVpcPeeringConnectionsCommand({ MaxResults: PAGE, NextToken })));
  await list('DescribeFlowLogs', (NextToken) => client.send(new ec2.DescribeFlowLogsCommand({ MaxResults: PAGE, NextToken })));
  await list('DescribeLaunchTemplates', (NextToken) => client.send(new ec2.DescribeLaunchTemplatesCommand({ MaxResults: 200, NextToken })));
  await rec.call('DescribeAddresses', () => client.send(new ec2.DescribeAddressesCommand({})));
  await rec.call('GetEbsEncryptionByDefault', () => client.send(new ec2.GetEbsEncryptionByDefaultCommand({})));
  await rec.call('GetEbsDefaultKmsKeyId', () => client.send(new ec2.GetEbsDefaultKmsKeyIdCommand({})));
  await rec.call('GetInstanceMetadataDefaults', () => client.send(new ec2.GetInstanceMetadataDefaultsCommand({})));
  await rec.call('GetSnapshotBlockPublicAccessState', () => client.send(new ec2.GetSnapshotBlockPublicAccessStateCommand({})));
  await rec.call('GetImageBlockPublicAccessState', () => client.send(new ec2.GetImageBlockPublicAccessStateCommand({})));
  for (const i of instances) {
    if (i.InstanceId) await rec.call('DescribeInstanceAttribute', () => client.send(new ec2.DescribeInstanceAttributeCommand({ InstanceId: i.InstanceId, Attribute: 'userData' })));
  }
  for (const s of snapshots) {
    if (s.SnapshotId) await rec.call('DescribeSnapshotAttribute', () => client.send(new ec2.DescribeSnapshotAttributeCommand({ SnapshotId: s.SnapshotId, Attribute: 'createVolumePermission' })));
  }
  rec.resources += instances.length + groups.length + volumes.length + snapshots.length + vpcs.length;
}

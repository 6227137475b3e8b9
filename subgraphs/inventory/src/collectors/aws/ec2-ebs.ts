/** EBS volumes, owned snapshots (with who may create volumes from them) and owned AMIs of one region. */
import { DescribeImagesCommand, DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import { ok, type Ec2Image, type Ec2Snapshot, type Ec2Volume } from '@cspmexa/resources';
import { mapWithConcurrency } from '../concurrency';
import { displayName, iso, presentFlag, tagMap } from './ec2-normalize';
import { EC2_PAGE_SIZE, type Ec2RegionScope } from './ec2-scope';

const PER_RESOURCE_CONCURRENCY = 20;

export async function collectVolumes(s: Ec2RegionScope): Promise<Ec2Volume[]> {
  const volumes = await s.list(
    'DescribeVolumes',
    (NextToken) => s.ec2.send(new DescribeVolumesCommand({ MaxResults: 500, NextToken })),
    (o) => ({ items: o.Volumes, next: o.NextToken }),
  );
  return (volumes ?? []).flatMap((v) => {
    if (!v.VolumeId) return [];
    const tags = tagMap(v.Tags);
    return [
      {
        kind: 'aws.ec2.volume' as const,
        arn: s.arn('volume', v.VolumeId),
        name: displayName(tags, v.VolumeId),
        accountId: s.ctx.accountId,
        region: s.region,
        tags: ok(tags),
        volumeId: v.VolumeId,
        ...presentFlag('encrypted', v.Encrypted),
        ...(v.KmsKeyId ? { kmsKeyId: v.KmsKeyId } : {}),
        ...(v.State ? { state: v.State } : {}),
        ...(v.Size !== undefined ? { sizeGiB: v.Size } : {}),
        attachedInstanceIds: (v.Attachments ?? []).flatMap((a) => (a.InstanceId ? [a.InstanceId] : [])),
      },
    ];
  });
}

export async function collectSnapshots(s: Ec2RegionScope): Promise<Ec2Snapshot[]> {
  const snapshots = await s.list(
    'DescribeSnapshots',
    (NextToken) => s.ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: EC2_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.Snapshots, next: o.NextToken }),
  );
  const withIds = (snapshots ?? []).filter((x) => x.SnapshotId);
  return mapWithConcurrency(withIds, PER_RESOURCE_CONCURRENCY, async (snap) => {
    const id = snap.SnapshotId as string;
    const arn = s.arn('snapshot', id);
    const createVolumePermission = await s.read(
      s.api('DescribeSnapshotAttribute'),
      () => s.ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' })),
      (o) => {
        // AWS sends the list, empty when the snapshot is private (the SDK reads that as []); an answer without it
        // says nothing about sharing, so it is malformed rather than "not public".
        const permissions = o.CreateVolumePermissions;
        if (!permissions) throw new Error('DescribeSnapshotAttribute answered without CreateVolumePermissions');
        return {
          public: permissions.some((p) => p.Group === 'all'),
          accountIds: permissions.flatMap((p) => (p.UserId ? [p.UserId] : [])),
        };
      },
      { resourceArn: arn },
    );
    const tags = tagMap(snap.Tags);
    return {
      kind: 'aws.ec2.snapshot' as const,
      arn,
      name: displayName(tags, id),
      accountId: s.ctx.accountId,
      region: s.region,
      tags: ok(tags),
      snapshotId: id,
      ...(snap.VolumeId ? { volumeId: snap.VolumeId } : {}),
      ...presentFlag('encrypted', snap.Encrypted),
      ...(snap.KmsKeyId ? { kmsKeyId: snap.KmsKeyId } : {}),
      ...(snap.StartTime ? { startTime: iso(snap.StartTime) } : {}),
      createVolumePermission,
    };
  });
}

export async function collectOwnedImages(s: Ec2RegionScope): Promise<Ec2Image[]> {
  const images = await s.list(
    'DescribeImages',
    (NextToken) => s.ec2.send(new DescribeImagesCommand({ Owners: ['self'], IncludeDeprecated: true, MaxResults: EC2_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.Images, next: o.NextToken }),
  );
  return (images ?? []).flatMap((img) => {
    if (!img.ImageId) return [];
    const tags = tagMap(img.Tags);
    return [
      {
        kind: 'aws.ec2.image' as const,
        arn: s.arn('image', img.ImageId),
        name: displayName(tags, img.Name ?? img.ImageId),
        accountId: s.ctx.accountId,
        region: s.region,
        tags: ok(tags),
        imageId: img.ImageId,
        ...presentFlag('public', img.Public),
        ...(img.State ? { state: img.State } : {}),
        ...(img.CreationDate ? { creationDate: img.CreationDate } : {}),
        ...(img.DeprecationTime ? { deprecationTime: img.DeprecationTime } : {}),
      },
    ];
  });
}

/**
 * Instances (with their user data summarized, their AMI looked up and whether SSM manages them) and launch
 * templates (every version) of one region. Per-instance calls run with bounded concurrency; the region's token bucket sets the pace.
 */
import {
  DescribeImagesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type Image,
  type Instance,
} from '@aws-sdk/client-ec2';
import { absent, mapCollected, ok, type Collected, type Ec2Instance, type Ec2LaunchTemplate } from '@cspmexa/resources';
import { mapWithConcurrency } from '../concurrency';
import { displayName, iso, normalizeMetadataOptions, tagMap } from './ec2-normalize';
import { EC2_PAGE_SIZE, type Ec2RegionScope } from './ec2-scope';
import { ssmManagedInstances, ssmPartOf, type ManagedInstances } from './ssm-managed';
import { summarizeUserData } from './user-data-summary';

const PER_RESOURCE_CONCURRENCY = 20;
/** DescribeImages accepts up to 200 values in one filter. */
const IMAGE_BATCH = 200;

type AmiInfo = NonNullable<Ec2Instance['image']> extends Collected<infer T> ? T : never;

/** The AMIs the instances run, by id, looked up with a filter so that deregistered ones are simply missing. */
async function imagesById(s: Ec2RegionScope, ids: string[]): Promise<Collected<Map<string, Image>>> {
  const found = new Map<string, Image>();
  for (let i = 0; i < ids.length; i += IMAGE_BATCH) {
    const Filters = [{ Name: 'image-id', Values: ids.slice(i, i + IMAGE_BATCH) }];
    const images = await s.listPart(
      'DescribeImages',
      (NextToken) => s.ec2.send(new DescribeImagesCommand({ Filters, IncludeDeprecated: true, MaxResults: EC2_PAGE_SIZE, NextToken })),
      (o) => ({ items: o.Images, next: o.NextToken }),
    );
    if (images.state !== 'ok') return images as Collected<never>;
    for (const img of images.value) if (img.ImageId) found.set(img.ImageId, img);
  }
  return ok(found);
}

function amiOf(images: Collected<Map<string, Image>>, imageId: string | undefined): Collected<AmiInfo> | undefined {
  if (!imageId) return undefined;
  if (images.state !== 'ok') return images as Collected<AmiInfo>;
  const img = images.value.get(imageId);
  if (!img) return absent();
  return ok({
    ...(img.Name ? { name: img.Name } : {}),
    ...(img.OwnerId ? { ownerId: img.OwnerId } : {}),
    ...(img.DeprecationTime ? { deprecationTime: img.DeprecationTime } : {}),
    ...(img.Public !== undefined ? { public: img.Public } : {}),
  });
}

async function normalizeInstance(
  s: Ec2RegionScope,
  i: Instance & { InstanceId: string },
  images: Collected<Map<string, Image>>,
  managed: ManagedInstances,
): Promise<Ec2Instance> {
  const arn = s.arn('instance', i.InstanceId);
  const userData = await s.read(
    s.api('DescribeInstanceAttribute'),
    () => s.ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: i.InstanceId, Attribute: 'userData' })),
    (o) => o.UserData?.Value,
    { resourceArn: arn },
  );
  const tags = tagMap(i.Tags);
  const image = amiOf(images, i.ImageId);
  return {
    kind: 'aws.ec2.instance',
    arn,
    name: displayName(tags, i.InstanceId),
    accountId: s.ctx.accountId,
    region: s.region,
    tags: ok(tags),
    instanceId: i.InstanceId,
    ...(i.State?.Name ? { state: i.State.Name } : {}),
    ...(i.InstanceType ? { instanceType: i.InstanceType } : {}),
    ...(i.ImageId ? { imageId: i.ImageId } : {}),
    ...(i.LaunchTime ? { launchTime: iso(i.LaunchTime) } : {}),
    ...(i.VpcId ? { vpcId: i.VpcId } : {}),
    ...(i.SubnetId ? { subnetId: i.SubnetId } : {}),
    ...(i.PublicIpAddress ? { publicIpAddress: i.PublicIpAddress } : {}),
    ...(i.PrivateIpAddress ? { privateIpAddress: i.PrivateIpAddress } : {}),
    ...(i.IamInstanceProfile?.Arn ? { iamInstanceProfileArn: i.IamInstanceProfile.Arn } : {}),
    securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    metadataOptions: normalizeMetadataOptions(i.MetadataOptions),
    userData: userData.state === 'ok' ? (userData.value ? ok(summarizeUserData(userData.value)) : absent()) : (userData as Collected<never>),
    ...(image ? { image } : {}),
    ssm: ssmPartOf(managed, i.InstanceId),
  };
}

export async function collectInstances(s: Ec2RegionScope): Promise<Ec2Instance[]> {
  const reservations = await s.list(
    'DescribeInstances',
    (NextToken) => s.ec2.send(new DescribeInstancesCommand({ MaxResults: EC2_PAGE_SIZE, NextToken })),
    (o) => ({ items: o.Reservations, next: o.NextToken }),
  );
  const instances = (reservations ?? []).flatMap((r) => (r.Instances ?? []).filter((i): i is Instance & { InstanceId: string } => Boolean(i.InstanceId)));
  if (instances.length === 0) return [];
  const imageIds = [...new Set(instances.flatMap((i) => (i.ImageId ? [i.ImageId] : [])))];
  // SSM is asked only where there are instances to join it to, in parallel with the AMI lookup.
  const [images, managed] = await Promise.all([imagesById(s, imageIds), ssmManagedInstances(s)]);
  return mapWithConcurrency(instances, PER_RESOURCE_CONCURRENCY, (i) => normalizeInstance(s, i, images, managed));
}

export async function collectLaunchTemplates(s: Ec2RegionScope): Promise<Ec2LaunchTemplate[]> {
  const templates = await s.list(
    'DescribeLaunchTemplates',
    (NextToken) => s.ec2.send(new DescribeLaunchTemplatesCommand({ MaxResults: 200, NextToken })),
    (o) => ({ items: o.LaunchTemplates, next: o.NextToken }),
  );
  const withIds = (templates ?? []).filter((t) => t.LaunchTemplateId);
  return mapWithConcurrency(withIds, PER_RESOURCE_CONCURRENCY, async (t) => {
    const id = t.LaunchTemplateId as string;
    const arn = s.arn('launch-template', id);
    const listed = await s.listPart(
      'DescribeLaunchTemplateVersions',
      (NextToken) => s.ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, MaxResults: 200, NextToken })),
      (o) => ({ items: o.LaunchTemplateVersions, next: o.NextToken }),
      arn,
    );
    const versions = mapCollected(listed, (list) =>
        list.map((v) => ({
          versionNumber: v.VersionNumber ?? 0,
          isDefault: v.DefaultVersion === true,
          metadataOptions: normalizeMetadataOptions(v.LaunchTemplateData?.MetadataOptions),
          ...(v.LaunchTemplateData?.UserData ? { userData: summarizeUserData(v.LaunchTemplateData.UserData) } : {}),
        })),
    );
    const tags = tagMap(t.Tags);
    return {
      kind: 'aws.ec2.launch_template' as const,
      arn,
      name: displayName(tags, t.LaunchTemplateName ?? id),
      accountId: s.ctx.accountId,
      region: s.region,
      tags: ok(tags),
      launchTemplateId: id,
      launchTemplateName: t.LaunchTemplateName ?? id,
      ...(t.DefaultVersionNumber !== undefined ? { defaultVersionNumber: t.DefaultVersionNumber } : {}),
      ...(t.LatestVersionNumber !== undefined ? { latestVersionNumber: t.LatestVersionNumber } : {}),
      versions,
    };
  });
}

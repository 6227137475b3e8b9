/**
 * The demo's EC2: a web tier done right, a bastion and a forgotten legacy box done wrong (IMDSv1, public IP, no
 * role, a key in user data), volumes and snapshots with and without encryption, a public AMI, an idle Elastic IP,
 * and per-region account settings that differ between regions.
 */
import { absent, ok, type CloudResource, type Ec2Instance, type InstanceMetadataOptions, type UserDataSummary } from '@cspmexa/resources';
import { daysAgo, daysAhead, DEMO_ACCOUNT, DEMO_REGIONS, ec2Arn, hexId, iamArn, tags, type DemoRegion } from './common';
import { eniId, sgId, subnetId, vpcId } from './network';

const IMDS_V2: InstanceMetadataOptions = { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2 };
const IMDS_V1: InstanceMetadataOptions = { httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 };
const userData = (name: string, secretIndicators: string[] = []): UserDataSummary => ({
  sizeBytes: 600 + name.length * 17,
  sha256: hexId('ud', name, 64).slice(3),
  secretIndicators,
});

interface InstanceSpec {
  key: string;
  name: string;
  region: DemoRegion;
  vpc: string;
  subnet: string;
  groups: string[];
  type: string;
  ami: string;
  amiName: string;
  amiDeprecatedDaysAgo?: number;
  imds: InstanceMetadataOptions;
  publicIp?: string;
  profile?: string;
  state?: string;
  launchedDaysAgo: number;
  secrets?: string[];
  env: string;
  /** The SSM Agent's ping status when Systems Manager manages the instance (EC2-18); omitted: not managed. */
  ssm?: 'Online' | 'ConnectionLost';
}

const INSTANCES: InstanceSpec[] = [
  { key: 'web-1', name: 'web-1', region: 'us-east-1', vpc: 'prod', subnet: 'prod-private-a', groups: ['web-app'], type: 'm6i.large', ami: 'al2023', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-x86_64', imds: IMDS_V2, profile: 'web-app', launchedDaysAgo: 21, env: 'prod', ssm: 'Online' },
  { key: 'web-2', name: 'web-2', region: 'us-east-1', vpc: 'prod', subnet: 'prod-private-b', groups: ['web-app'], type: 'm6i.large', ami: 'al2023', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-x86_64', imds: IMDS_V2, profile: 'web-app', launchedDaysAgo: 21, env: 'prod', ssm: 'Online' },
  { key: 'bastion', name: 'bastion', region: 'us-east-1', vpc: 'prod', subnet: 'prod-public-a', groups: ['bastion'], type: 't3.micro', ami: 'ubuntu-1804', amiName: 'ubuntu/images/hvm-ssd/ubuntu-bionic-18.04-amd64-server-20210907', amiDeprecatedDaysAgo: 400, imds: IMDS_V1, publicIp: '203.0.113.24', launchedDaysAgo: 1300, env: 'prod' },
  { key: 'batch-1', name: 'batch-worker-1', region: 'us-east-1', vpc: 'prod', subnet: 'prod-private-a', groups: ['vpn-office'], type: 'c6i.2xlarge', ami: 'al2023', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-x86_64', imds: IMDS_V1, profile: 'batch-worker', launchedDaysAgo: 90, env: 'prod' },
  { key: 'jump-1', name: 'finance-jumphost', region: 'us-east-1', vpc: 'prod', subnet: 'prod-public-b', groups: ['windows-jump'], type: 't3.large', ami: 'win2019', amiName: 'Windows_Server-2019-English-Full-Base-2023.05.10', imds: IMDS_V2, publicIp: '203.0.113.77', profile: 'ssm-managed', launchedDaysAgo: 500, env: 'prod', ssm: 'Online' },
  { key: 'legacy-app', name: 'legacy-crm', region: 'us-east-1', vpc: 'default-use1', subnet: 'default-use1-a', groups: ['use1-default', 'debug-all-open'], type: 'm4.large', ami: 'centos7', amiName: 'CentOS-7-2111-20220330_2.x86_64', amiDeprecatedDaysAgo: 700, imds: IMDS_V1, publicIp: '198.51.100.140', launchedDaysAgo: 1600, secrets: ['aws-access-key-id', 'password-assignment'], env: 'prod' },
  { key: 'old-test', name: 'old-test-box', region: 'us-east-1', vpc: 'default-use1', subnet: 'default-use1-a', groups: ['use1-default'], type: 't2.micro', ami: 'centos7', amiName: 'CentOS-7-2111-20220330_2.x86_64', imds: IMDS_V1, state: 'stopped', launchedDaysAgo: 900, env: 'test' },
  { key: 'eu-api-1', name: 'eu-api-1', region: 'eu-west-1', vpc: 'eu', subnet: 'eu-app-a', groups: ['eu-api'], type: 'm6g.large', ami: 'al2023-arm', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-arm64', imds: IMDS_V2, publicIp: '192.0.2.10', profile: 'eu-api', launchedDaysAgo: 45, env: 'prod', ssm: 'Online' },
  { key: 'eu-api-2', name: 'eu-api-2', region: 'eu-west-1', vpc: 'eu', subnet: 'eu-app-a', groups: ['eu-api'], type: 'm6g.large', ami: 'al2023-arm', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-arm64', imds: IMDS_V2, publicIp: '192.0.2.11', profile: 'eu-api', launchedDaysAgo: 45, env: 'prod' },
  { key: 'eu-mongo-1', name: 'mongo-legacy-1', region: 'eu-west-1', vpc: 'eu', subnet: 'eu-data-a', groups: ['eu-mongo'], type: 'r5.xlarge', ami: 'ubuntu-2004', amiName: 'ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-20230517', imds: IMDS_V1, publicIp: '192.0.2.44', launchedDaysAgo: 730, secrets: ['private-key'], env: 'prod' },
  { key: 'media-1', name: 'transcoder-1', region: 'ap-southeast-2', vpc: 'default-apse2', subnet: 'default-apse2-a', groups: ['apse2-media'], type: 'c6i.xlarge', ami: 'al2023-syd', amiName: 'al2023-ami-2023.4.20240513.0-kernel-6.1-x86_64', imds: IMDS_V2, profile: 'media-transcoder', launchedDaysAgo: 12, env: 'prod', ssm: 'ConnectionLost' },
];

function instance(i: InstanceSpec): Ec2Instance {
  const id = hexId('i', i.key);
  return {
    kind: 'aws.ec2.instance',
    arn: ec2Arn(i.region, 'instance', id),
    name: i.name,
    accountId: DEMO_ACCOUNT,
    region: i.region,
    tags: tags({ Name: i.name, Environment: i.env }),
    instanceId: id,
    state: i.state ?? 'running',
    instanceType: i.type,
    imageId: hexId('ami', i.ami),
    launchTime: daysAgo(i.launchedDaysAgo),
    vpcId: vpcId(i.vpc),
    subnetId: subnetId(i.subnet),
    ...(i.publicIp ? { publicIpAddress: i.publicIp } : {}),
    privateIpAddress: `10.${i.key.length}.${i.launchedDaysAgo % 250}.${i.name.length * 7}`,
    ...(i.profile ? { iamInstanceProfileArn: iamArn('instance-profile', i.profile) } : {}),
    securityGroupIds: i.groups.map(sgId),
    metadataOptions: i.imds,
    userData: i.secrets !== undefined || i.key.startsWith('web') ? ok(userData(i.key, i.secrets)) : absent(),
    ssm: i.ssm ? ok({ pingStatus: i.ssm, lastPingDateTime: daysAgo(i.ssm === 'Online' ? 0 : 9), agentVersion: '3.3.1142.0', platformType: i.ami.startsWith('win') ? 'Windows' : 'Linux' }) : absent(),
    image: ok({
      name: i.amiName,
      ownerId: '137112412989',
      public: true,
      ...(i.amiDeprecatedDaysAgo ? { deprecationTime: daysAgo(i.amiDeprecatedDaysAgo) } : { deprecationTime: daysAhead(600) }),
    }),
  };
}

function regionSettings(region: DemoRegion): CloudResource {
  const strict = region === 'us-east-1';
  return {
    kind: 'aws.ec2.account',
    arn: `arn:aws:ec2:${region}:${DEMO_ACCOUNT}:account-settings`,
    name: `EC2 settings (${region})`,
    accountId: DEMO_ACCOUNT,
    region,
    ebsEncryptionByDefault: ok(strict ? { enabled: true, kmsKeyId: `arn:aws:kms:${region}:${DEMO_ACCOUNT}:alias/aws/ebs` } : { enabled: false }),
    instanceMetadataDefaults: ok(strict ? { httpTokens: 'required' } : {}),
    snapshotBlockPublicAccess: ok({ state: region === 'ap-southeast-2' ? 'unblocked' : 'block-all-sharing' }),
    imageBlockPublicAccess: ok({ state: region === 'eu-west-1' ? 'unblocked' : 'block-new-sharing' }),
  };
}

export function demoCompute(): CloudResource[] {
  const out: CloudResource[] = INSTANCES.map(instance);
  for (const i of INSTANCES) {
    const volumeId = hexId('vol', i.key);
    // Volumes created before EBS encryption by default was turned on in us-east-1 (or outside it) are plain.
    const encrypted = i.region === 'us-east-1' ? i.launchedDaysAgo < 400 : i.key === 'media-1';
    out.push({
      kind: 'aws.ec2.volume',
      arn: ec2Arn(i.region, 'volume', volumeId),
      name: `${i.name}-root`,
      accountId: DEMO_ACCOUNT,
      region: i.region,
      tags: tags({ Name: `${i.name}-root` }),
      volumeId,
      encrypted,
      ...(encrypted ? { kmsKeyId: `arn:aws:kms:${i.region}:${DEMO_ACCOUNT}:alias/aws/ebs` } : {}),
      state: 'in-use',
      sizeGiB: i.type.startsWith('r5') ? 500 : 30,
      attachedInstanceIds: [hexId('i', i.key)],
    });
  }
  const snapshot = (key: string, region: DemoRegion, encrypted: boolean, isPublic: boolean, days: number) => {
    const id = hexId('snap', key);
    out.push({
      kind: 'aws.ec2.snapshot',
      arn: `arn:aws:ec2:${region}::snapshot/${id}`,
      name: key,
      accountId: DEMO_ACCOUNT,
      region,
      tags: tags({ Name: key }),
      snapshotId: id,
      volumeId: hexId('vol', key.replace(/-snap.*/, '')),
      encrypted,
      startTime: daysAgo(days),
      createVolumePermission: ok({ public: isPublic, accountIds: [] }),
    });
  };
  snapshot('web-1-snap-daily', 'us-east-1', true, false, 1);
  snapshot('legacy-app-snap-2021', 'us-east-1', false, false, 1400);
  snapshot('eu-mongo-1-snap-migration', 'eu-west-1', false, true, 200);
  snapshot('media-1-snap-weekly', 'ap-southeast-2', true, false, 5);
  const image = (key: string, region: DemoRegion, name: string, isPublic: boolean, days: number) => {
    const id = hexId('ami', key);
    out.push({
      kind: 'aws.ec2.image',
      arn: `arn:aws:ec2:${region}::image/${id}`,
      name,
      accountId: DEMO_ACCOUNT,
      region,
      tags: tags({ Name: name }),
      imageId: id,
      public: isPublic,
      state: 'available',
      creationDate: daysAgo(days),
    });
  };
  image('golden-web', 'us-east-1', 'examplecorp-golden-web-2025-05', false, 25);
  image('crm-appliance', 'eu-west-1', 'examplecorp-crm-appliance-v2', true, 600);
  const address = (key: string, region: DemoRegion, ip: string, instanceKey?: string) =>
    out.push({
      kind: 'aws.ec2.address',
      arn: ec2Arn(region, 'elastic-ip', hexId('eipalloc', key)),
      name: ip,
      accountId: DEMO_ACCOUNT,
      region,
      tags: tags({ Name: key }),
      publicIp: ip,
      allocationId: hexId('eipalloc', key),
      ...(instanceKey ? { associationId: hexId('eipassoc', key), instanceId: hexId('i', instanceKey), networkInterfaceId: eniId(instanceKey) } : {}),
    });
  address('bastion-eip', 'us-east-1', '203.0.113.24', 'bastion');
  address('old-nat-eip', 'us-east-1', '203.0.113.200');
  address('eu-spare-eip', 'eu-west-1', '192.0.2.250');
  const template = (key: string, region: DemoRegion, versions: { imds: InstanceMetadataOptions; secrets?: string[] }[]) => {
    const id = hexId('lt', key);
    out.push({
      kind: 'aws.ec2.launch_template',
      arn: ec2Arn(region, 'launch-template', id),
      name: key,
      accountId: DEMO_ACCOUNT,
      region,
      tags: tags({ Name: key }),
      launchTemplateId: id,
      launchTemplateName: key,
      defaultVersionNumber: versions.length,
      latestVersionNumber: versions.length,
      versions: ok(versions.map((v, n) => ({ versionNumber: n + 1, isDefault: n === versions.length - 1, metadataOptions: v.imds, userData: userData(`${key}-${n}`, v.secrets) }))),
    });
  };
  template('web-asg', 'us-east-1', [{ imds: IMDS_V2 }, { imds: IMDS_V2 }]);
  template('batch-spot', 'us-east-1', [{ imds: IMDS_V1, secrets: ['token-assignment'] }, { imds: IMDS_V1 }]);
  template('eu-api-asg', 'eu-west-1', [{ imds: IMDS_V2 }]);
  out.push(...DEMO_REGIONS.map(regionSettings));
  return out;
}

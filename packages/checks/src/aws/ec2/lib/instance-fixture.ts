import { absent, ok, type Ec2Instance, type Ec2LaunchTemplate, type LaunchTemplateVersion } from '@cspmexa/resources';

export { accessDenied } from '../../s3/lib/bucket-fixture';
export { absent, ok };

export const ACCOUNT_ID = '111122223333';
export const REGION = 'eu-west-1';

/** A running private instance with IMDSv2 required, an instance profile and no user data. */
export function ec2Instance(overrides: Partial<Ec2Instance> = {}): Ec2Instance {
  const instanceId = overrides.instanceId ?? 'i-0123456789abcdef0';
  return {
    kind: 'aws.ec2.instance',
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:instance/${instanceId}`,
    name: 'app-1',
    accountId: ACCOUNT_ID,
    region: REGION,
    tags: ok({ Name: 'app-1' }),
    instanceId,
    state: 'running',
    instanceType: 't3.micro',
    imageId: 'ami-0abc',
    vpcId: 'vpc-0a1b2c3d',
    subnetId: 'subnet-0a1b',
    privateIpAddress: '10.0.1.10',
    iamInstanceProfileArn: `arn:aws:iam::${ACCOUNT_ID}:instance-profile/app`,
    securityGroupIds: ['sg-0123456789abcdef0'],
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1 },
    userData: absent(),
    image: ok({ name: 'al2023-ami-2025', ownerId: '137112412989', public: true }),
    ...overrides,
  };
}

/** A template version requiring IMDSv2, without user data. */
export function templateVersion(versionNumber: number, overrides: Partial<LaunchTemplateVersion> = {}): LaunchTemplateVersion {
  return { versionNumber, isDefault: versionNumber === 1, metadataOptions: { httpTokens: 'required' }, ...overrides };
}

export function launchTemplate(overrides: Partial<Ec2LaunchTemplate> = {}): Ec2LaunchTemplate {
  const launchTemplateId = overrides.launchTemplateId ?? 'lt-0abc123';
  return {
    kind: 'aws.ec2.launch_template',
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:launch-template/${launchTemplateId}`,
    name: 'web',
    accountId: ACCOUNT_ID,
    region: REGION,
    launchTemplateId,
    launchTemplateName: 'web',
    defaultVersionNumber: 1,
    latestVersionNumber: 1,
    versions: ok([templateVersion(1)]),
    ...overrides,
  };
}

/** User data that the collector's scanner flagged with `indicators` (none: clean). */
export const userData = (...indicators: string[]) => ({ sizeBytes: 512, sha256: 'ab'.repeat(32), secretIndicators: indicators });

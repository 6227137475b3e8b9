import { ok, type Ec2AccountRegion, type Ec2Address, type Ec2Image, type Ec2Snapshot, type Ec2Volume } from '@cspmexa/resources';
import { ACCOUNT_ID, REGION } from './instance-fixture';

const base = (type: string, id: string) => ({ arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:${type}/${id}`, name: id, accountId: ACCOUNT_ID, region: REGION });

export function ec2Volume(overrides: Partial<Ec2Volume> = {}): Ec2Volume {
  return { kind: 'aws.ec2.volume', ...base('volume', 'vol-0abc'), volumeId: 'vol-0abc', encrypted: true, state: 'in-use', sizeGiB: 8, attachedInstanceIds: ['i-0123456789abcdef0'], ...overrides };
}

/** Snapshot ARNs have no account id: snapshots are region-scoped resources of the `ec2` service. */
export function ec2Snapshot(overrides: Partial<Ec2Snapshot> = {}): Ec2Snapshot {
  return {
    kind: 'aws.ec2.snapshot',
    ...base('snapshot', 'snap-0abc'),
    arn: `arn:aws:ec2:${REGION}::snapshot/snap-0abc`,
    snapshotId: 'snap-0abc',
    volumeId: 'vol-0abc',
    encrypted: true,
    createVolumePermission: ok({ public: false, accountIds: [] }),
    ...overrides,
  };
}

export function ec2Image(overrides: Partial<Ec2Image> = {}): Ec2Image {
  return { kind: 'aws.ec2.image', ...base('image', 'ami-0abc'), arn: `arn:aws:ec2:${REGION}::image/ami-0abc`, imageId: 'ami-0abc', public: false, state: 'available', ...overrides };
}

export function ec2Address(overrides: Partial<Ec2Address> = {}): Ec2Address {
  return {
    kind: 'aws.ec2.address',
    ...base('elastic-ip', 'eipalloc-0abc'),
    publicIp: '203.0.113.10',
    allocationId: 'eipalloc-0abc',
    associationId: 'eipassoc-0abc',
    instanceId: 'i-0123456789abcdef0',
    ...overrides,
  };
}

/** The EC2 settings of a hardened region: EBS encryption by default, IMDSv2 default, both Block Public Access on. */
export function ec2AccountRegion(overrides: Partial<Ec2AccountRegion> = {}): Ec2AccountRegion {
  return {
    kind: 'aws.ec2.account',
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:account`,
    name: `EC2 settings ${REGION}`,
    accountId: ACCOUNT_ID,
    region: REGION,
    ebsEncryptionByDefault: ok({ enabled: true }),
    instanceMetadataDefaults: ok({ httpTokens: 'required' }),
    snapshotBlockPublicAccess: ok({ state: 'block-all-sharing' }),
    imageBlockPublicAccess: ok({ state: 'block-new-sharing' }),
    ...overrides,
  };
}

/**
 * The synthetic estate the fake endpoint serves: deterministic (the same counts give the same resources), split
 * evenly over the regions, with a realistic mix of good and bad settings so that every answer carries data.
 * Counts are per account, not per region; `scaled` shrinks them for quick runs and tests.
 */
export interface EstateCounts {
  instances: number;
  securityGroups: number;
  volumes: number;
  buckets: number;
  users: number;
  roles: number;
  /** Extras the checks also read, kept small: they are not part of the headline 10,000. */
  snapshots: number;
  vpcs: number;
}

export const fullEstate: EstateCounts = {
  instances: 3000,
  securityGroups: 2000,
  volumes: 2000,
  buckets: 1000,
  users: 1000,
  roles: 1000,
  snapshots: 200,
  vpcs: 10,
};

export function scaled(counts: EstateCounts, factor: number): EstateCounts {
  const s = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    instances: s(counts.instances),
    securityGroups: s(counts.securityGroups),
    volumes: s(counts.volumes),
    buckets: s(counts.buckets),
    users: s(counts.users),
    roles: s(counts.roles),
    snapshots: s(counts.snapshots),
    vpcs: s(counts.vpcs),
  };
}

export interface Instance { id: string; imageId: string; vpcId: string; subnetId: string; privateIp: string; publicIp?: string; groupIds: string[]; profileArn?: string; httpTokens: 'required' | 'optional'; state: 'running' | 'stopped'; userData?: string }
export interface SecurityGroup { id: string; name: string; vpcId: string; openPort?: number }
export interface Volume { id: string; sizeGiB: number; encrypted: boolean; instanceId?: string }
export interface Snapshot { id: string; volumeId: string; encrypted: boolean; public: boolean }
export interface Vpc { id: string; cidr: string; subnetIds: string[] }
export interface Bucket { name: string; region: string; hasPolicy: boolean; publicRead: boolean; blocksPublicAccess: boolean; versioned: boolean; logging: boolean; tagged: boolean; ownerEnforced: boolean }
export interface User { name: string; id: string; hasPassword: boolean; mfa: boolean; keyActive: boolean; groups: string[] }
export interface Role { name: string; id: string; trustsAccount?: string }

export interface RegionEstate {
  instances: Instance[];
  securityGroups: SecurityGroup[];
  volumes: Volume[];
  snapshots: Snapshot[];
  vpcs: Vpc[];
  imageIds: string[];
}

export interface Estate {
  accountId: string;
  regions: string[];
  byRegion: Map<string, RegionEstate>;
  buckets: Bucket[];
  users: User[];
  roles: Role[];
  groups: string[];
}

const hex = (n: number, width = 17) => n.toString(16).padStart(width, '0');
/** Items of `total` that fall in region `r` of `regions` (round-robin, so every region gets its share). */
const share = (total: number, r: number, regions: number) => Math.floor(total / regions) + (r < total % regions ? 1 : 0);

function regionEstate(counts: EstateCounts, r: number, regions: number): RegionEstate {
  const p = (r + 1) * 0x1000000; // keeps ids unique across regions
  const vpcs: Vpc[] = Array.from({ length: Math.max(1, share(counts.vpcs, r, regions)) }, (_, i) => ({
    id: `vpc-${hex(p + i)}`,
    cidr: `10.${i % 256}.0.0/16`,
    subnetIds: [`subnet-${hex(p + i * 2)}`, `subnet-${hex(p + i * 2 + 1)}`],
  }));
  const vpcOf = (i: number) => vpcs[i % vpcs.length] as Vpc;
  const securityGroups: SecurityGroup[] = Array.from({ length: share(counts.securityGroups, r, regions) }, (_, i) => ({
    id: `sg-${hex(p + i)}`,
    // The first group of each VPC is its default group, as in AWS.
    name: i < vpcs.length ? 'default' : `app-${i}`,
    vpcId: vpcOf(i).id,
    ...(i % 10 === 3 ? { openPort: [22, 3389, 5432][i % 3] as number } : {}),
  }));
  const imageIds = Array.from({ length: 5 }, (_, i) => `ami-${hex(p + i)}`);
  const instances: Instance[] = Array.from({ length: share(counts.instances, r, regions) }, (_, i) => {
    const vpc = vpcOf(i);
    return {
      id: `i-${hex(p + i)}`,
      imageId: imageIds[i % imageIds.length] as string,
      vpcId: vpc.id,
      subnetId: vpc.subnetIds[i % 2] as string,
      privateIp: `10.${i % 256}.${(i >> 8) % 256}.${(i % 250) + 4}`,
      ...(i % 5 === 0 ? { publicIp: `54.${r}.${(i >> 8) % 256}.${i % 256}` } : {}),
      groupIds: [(securityGroups[i % securityGroups.length] as SecurityGroup).id],
      ...(i % 2 === 0 ? { profileArn: `arn:aws:iam::123456789012:instance-profile/app-${i % 7}` } : {}),
      httpTokens: i % 3 === 0 ? 'optional' : 'required',
      state: i % 10 === 9 ? 'stopped' : 'running',
      ...(i % 4 === 0 ? { userData: Buffer.from(`#!/bin/sh\necho boot ${i}\n`).toString('base64') } : {}),
    };
  });
  const volumes: Volume[] = Array.from({ length: share(counts.volumes, r, regions) }, (_, i) => ({
    id: `vol-${hex(p + i)}`,
    sizeGiB: 8 + (i % 8) * 16,
    encrypted: i % 4 !== 0,
    ...(i < instances.length ? { instanceId: (instances[i] as Instance).id } : {}),
  }));
  const snapshots: Snapshot[] = Array.from({ length: share(counts.snapshots, r, regions) }, (_, i) => ({
    id: `snap-${hex(p + i)}`,
    volumeId: (volumes[i % volumes.length] as Volume).id,
    encrypted: i % 3 !== 0,
    public: i % 50 === 7,
  }));
  return { instances, securityGroups, volumes, snapshots, vpcs, imageIds };
}

export function buildEstate(counts: EstateCounts, regions: readonly string[], accountId = '123456789012'): Estate {
  const byRegion = new Map(regions.map((region, r) => [region, regionEstate(counts, r, regions.length)] as const));
  const groups = ['admins', 'developers', 'readers', 'auditors', 'ops'];
  const buckets: Bucket[] = Array.from({ length: counts.buckets }, (_, i) => ({
    name: `bench-bucket-${String(i).padStart(5, '0')}`,
    region: regions[i % regions.length] as string,
    hasPolicy: i % 3 === 0,
    publicRead: i % 40 === 5,
    blocksPublicAccess: i % 5 !== 0,
    versioned: i % 2 === 0,
    logging: i % 5 === 1,
    tagged: i % 2 === 1,
    ownerEnforced: i % 10 < 7,
  }));
  const users: User[] = Array.from({ length: counts.users }, (_, i) => ({
    name: `user-${String(i).padStart(5, '0')}`,
    id: `AIDA${hex(i, 17).toUpperCase()}`,
    hasPassword: i % 2 === 0,
    mfa: i % 4 !== 2,
    keyActive: i % 3 === 0,
    groups: [groups[i % groups.length] as string],
  }));
  const roles: Role[] = Array.from({ length: counts.roles }, (_, i) => ({
    name: `role-${String(i).padStart(5, '0')}`,
    id: `AROA${hex(i, 17).toUpperCase()}`,
    ...(i % 20 === 0 ? { trustsAccount: '999988887777' } : {}),
  }));
  return { accountId, regions: [...regions], byRegion, buckets, users, roles, groups };
}

/** An empty region: AWS answers empty lists for a region the account has nothing in. */
export const emptyRegion: RegionEstate = { instances: [], securityGroups: [], volumes: [], snapshots: [], vpcs: [], imageIds: [] };

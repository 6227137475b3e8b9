/**
 * The EC2 list actions the fake serves: the result element, the largest page AWS accepts (a larger MaxResults is
 * clamped here rather than refused, so a collector's page-size choice never breaks the benchmark) and the items.
 */
import type { Estate, Instance, RegionEstate, Vpc } from './estate';
import * as x from './ec2-items';

export interface Ec2List {
  resultSet: string;
  maxPage: number;
  items(region: RegionEstate, estate: Estate, form: URLSearchParams): string[];
}

/** Values of `Filter.N.Value.M` for the filter named `name`. */
function filterValues(form: URLSearchParams, name: string): string[] | undefined {
  for (let n = 1; form.has(`Filter.${n}.Name`); n++) {
    if (form.get(`Filter.${n}.Name`) !== name) continue;
    const values: string[] = [];
    for (let m = 1; form.has(`Filter.${n}.Value.${m}`); m++) values.push(form.get(`Filter.${n}.Value.${m}`) as string);
    return values;
  }
  return undefined;
}

const subnetsOf = (vpcs: Vpc[]) => vpcs.flatMap((v) => v.subnetIds.map((s) => x.subnetXml(v, s)));

export const ec2Lists: Record<string, Ec2List> = {
  DescribeInstances: { resultSet: 'reservationSet', maxPage: 1000, items: (r, e) => r.instances.map((i) => x.reservationXml(i, e.accountId)) },
  DescribeSecurityGroups: { resultSet: 'securityGroupInfo', maxPage: 1000, items: (r, e) => r.securityGroups.map((g) => x.securityGroupXml(g, e.accountId)) },
  DescribeVolumes: { resultSet: 'volumeSet', maxPage: 500, items: (r) => r.volumes.map(x.volumeXml) },
  DescribeNetworkInterfaces: { resultSet: 'networkInterfaceSet', maxPage: 1000, items: (r) => r.instances.map((i: Instance) => x.networkInterfaceXml(i)) },
  DescribeVpcs: { resultSet: 'vpcSet', maxPage: 1000, items: (r, e) => r.vpcs.map((v) => x.vpcXml(v, e.accountId)) },
  DescribeSubnets: { resultSet: 'subnetSet', maxPage: 1000, items: (r) => subnetsOf(r.vpcs) },
  DescribeNetworkAcls: { resultSet: 'networkAclSet', maxPage: 1000, items: (r) => r.vpcs.map(x.networkAclXml) },
  DescribeRouteTables: { resultSet: 'routeTableSet', maxPage: 100, items: (r) => r.vpcs.map(x.routeTableXml) },
  DescribeVpcPeeringConnections: { resultSet: 'vpcPeeringConnectionSet', maxPage: 1000, items: () => [] },
  DescribeFlowLogs: { resultSet: 'flowLogSet', maxPage: 1000, items: () => [] },
  DescribeLaunchTemplates: { resultSet: 'launchTemplates', maxPage: 200, items: () => [] },
  // Only the account's own snapshots are in the estate; AWS would add every public snapshot without an owner filter.
  DescribeSnapshots: { resultSet: 'snapshotSet', maxPage: 1000, items: (r, e) => r.snapshots.map((s) => x.snapshotXml(s, e.accountId)) },
  DescribeImages: {
    resultSet: 'imagesSet',
    maxPage: 1000,
    items: (r, _e, form) => {
      if (form.get('Owner.1') === 'self') return []; // the account owns no AMIs: its instances run public ones
      const wanted = filterValues(form, 'image-id');
      return r.imageIds.filter((id) => !wanted || wanted.includes(id)).map(x.imageXml);
    },
  },
};

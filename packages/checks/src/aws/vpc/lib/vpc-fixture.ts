import { ok, type Ec2RouteTable, type Ec2Subnet, type Ec2Vpc } from '@cspmexa/resources';

export { accessDenied } from '../../s3/lib/bucket-fixture';
export { ok };

const ACCOUNT_ID = '111122223333';
const REGION = 'eu-west-1';
const base = (type: string, id: string) => ({ arn: `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:${type}/${id}`, name: id, accountId: ACCOUNT_ID, region: REGION });

/** A VPC with one active flow log capturing all traffic. */
export function ec2Vpc(overrides: Partial<Ec2Vpc> = {}): Ec2Vpc {
  return {
    kind: 'aws.ec2.vpc',
    ...base('vpc', 'vpc-0a1b2c3d'),
    vpcId: 'vpc-0a1b2c3d',
    cidrBlock: '10.0.0.0/16',
    isDefault: false,
    flowLogs: ok([{ flowLogId: 'fl-0abc', status: 'ACTIVE', trafficType: 'ALL', destinationType: 'cloud-watch-logs' }]),
    ...overrides,
  };
}

export function ec2Subnet(overrides: Partial<Ec2Subnet> = {}): Ec2Subnet {
  return { kind: 'aws.ec2.subnet', ...base('subnet', 'subnet-0a1b'), subnetId: 'subnet-0a1b', vpcId: 'vpc-0a1b2c3d', cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: false, ...overrides };
}

/** A route table with the local route and one route to a peer's /24 subnet. */
export function routeTable(overrides: Partial<Ec2RouteTable> = {}): Ec2RouteTable {
  return {
    kind: 'aws.ec2.route_table',
    ...base('route-table', 'rtb-0abc'),
    routeTableId: 'rtb-0abc',
    vpcId: 'vpc-0a1b2c3d',
    routes: [
      { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
      { destinationCidrBlock: '10.1.2.0/24', vpcPeeringConnectionId: 'pcx-0abc', state: 'active' },
    ],
    associatedSubnetIds: ['subnet-0a1b'],
    isMain: false,
    ...overrides,
  };
}

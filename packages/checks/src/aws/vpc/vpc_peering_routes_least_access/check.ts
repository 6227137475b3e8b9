import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { prefixLength } from '../../ec2/lib/cidr';

export const check = defineCheck({
  metadata: {
    id: 'vpc_peering_routes_least_access',
    shortId: 'VPC-03',
    title: 'Route table sends only narrow destinations through VPC peering',
    severity: 'MEDIUM',
    service: 'vpc',
    resourceKind: 'aws.ec2.route_table',
    description:
      'Checks DescribeRouteTables routes whose target is a VPC peering connection: the destination must be no wider than minPrefixLength (IPv4 /24 by default, IPv6 /64) and never a default route or a prefix list spanning everything. Routing a whole peer VPC (e.g. /16) fails, as CIS asks for the subnets that need to talk.',
    risk: 'A broad peering route lets every host in one VPC reach every host in the other; a compromise on either side spreads across both.',
    remediation: {
      text: 'Replace broad peering routes with routes to the specific peer subnets that need to be reached, in the route tables of the subnets that need them.',
      cli: 'aws ec2 delete-route --route-table-id <rtb-id> --destination-cidr-block <wide-cidr>\naws ec2 create-route --route-table-id <rtb-id> --destination-cidr-block <peer-subnet-cidr> --vpc-peering-connection-id <pcx-id>',
      terraform: 'resource "aws_route" "to_peer_db" {\n  route_table_id            = aws_route_table.app.id\n  destination_cidr_block    = "10.1.2.0/24" # the peer subnet, not the peer VPC\n  vpc_peering_connection_id = aws_vpc_peering_connection.db.id\n}',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html'],
    compliance: { 'cis-aws-3.0.0': ['5.5'], 'cis-aws-5.0.0': ['5.6'] },
    settings: {
      /** The widest IPv4 prefix a peering route may have. */
      minPrefixLength: 24,
      /** The widest IPv6 prefix a peering route may have. */
      minIpv6PrefixLength: 64,
    },
  },
  evaluate(table, { settings }) {
    if (table.routes === undefined) return unknownMissingField(table.arn, `which routes ${table.routeTableId} sends through peering`, 'DescribeRouteTables', 'routes');
    const peering = table.routes.filter((r) => r.vpcPeeringConnectionId !== undefined);
    const wide = peering
      .map((r) => {
        const ipv6 = r.destinationIpv6CidrBlock !== undefined;
        const destination = r.destinationCidrBlock ?? r.destinationIpv6CidrBlock ?? r.destinationPrefixListId ?? '(none)';
        const prefix = prefixLength(destination);
        // A prefix list or unparsable destination cannot be shown to be narrow.
        const tooWide = prefix === undefined || prefix < (ipv6 ? settings.minIpv6PrefixLength : settings.minPrefixLength);
        return { destination, peeringConnectionId: r.vpcPeeringConnectionId, tooWide };
      })
      .filter((r) => r.tooWide);
    if (wide.length === 0) return pass(table.arn, `Route table ${table.routeTableId} has ${peering.length} peering route(s), all narrow`);
    const what = wide.map((r) => `${r.destination} via ${r.peeringConnectionId}`).join(', ');
    return fail(table.arn, `Route table ${table.routeTableId} routes broad destinations through peering: ${what}`, {
      routes: wide.map(({ destination, peeringConnectionId }) => ({ destination, peeringConnectionId })),
    });
  },
});

import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'vpc_subnet_no_public_ip_on_launch',
    shortId: 'VPC-02',
    title: 'Subnet does not auto-assign public IPv4 addresses',
    severity: 'HIGH',
    service: 'vpc',
    resourceKind: 'aws.ec2.subnet',
    description: 'Checks DescribeSubnets MapPublicIpOnLaunch is false, so instances launched in the subnet get a public address only when asked for explicitly.',
    risk: 'Every instance launched into an auto-assigning subnet is internet-addressable by default; one permissive security group then exposes it.',
    remediation: {
      text: 'Turn off auto-assignment and give public addresses (or better, load balancers) only to instances that must be reachable.',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
      terraform: 'resource "aws_subnet" "app" {\n  # ...\n  map_public_ip_on_launch = false\n}',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html'],
    compliance: {},
    settings: {},
  },
  evaluate(subnet) {
    if (subnet.mapPublicIpOnLaunch === undefined) {
      return unknownMissingField(subnet.arn, `whether ${subnet.subnetId} auto-assigns public IPs`, 'DescribeSubnets', 'mapPublicIpOnLaunch');
    }
    return subnet.mapPublicIpOnLaunch
      ? fail(subnet.arn, `Subnet ${subnet.subnetId} assigns a public IPv4 address to every instance launched in it`, { vpcId: subnet.vpcId ?? null })
      : pass(subnet.arn, `Subnet ${subnet.subnetId} does not auto-assign public IPv4 addresses`);
  },
});

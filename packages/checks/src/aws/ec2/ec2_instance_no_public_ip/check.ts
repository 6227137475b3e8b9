import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { INSTANCE_REFERENCES, instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_no_public_ip',
    shortId: 'EC2-13',
    title: 'EC2 instance has no public IPv4 address',
    severity: 'MEDIUM',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks that DescribeInstances reports no PublicIpAddress (auto-assigned or Elastic IP) for the instance. Terminated instances are not judged; an answer without State is UNKNOWN, since a missing address then proves nothing.',
    risk: 'A public address makes the instance reachable from the internet as soon as a security group or NACL rule allows it; one misconfiguration away from exposure instead of two.',
    remediation: {
      text: 'Place the instance in a private subnet behind a load balancer, NAT gateway or Session Manager, and stop subnets from auto-assigning public addresses (VPC-02).',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch\naws ec2 disassociate-address --association-id <association-id>',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  associate_public_ip_address = false\n  subnet_id                   = aws_subnet.private.id\n}',
    },
    references: [INSTANCE_REFERENCES.publicIp],
    compliance: {},
    settings: {},
  },
  evaluate(instance) {
    const scope = instanceScope(instance, `whether ${instance.instanceId} has a public IP`);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    return instance.publicIpAddress === undefined
      ? pass(instance.arn, `${instance.instanceId} has no public IPv4 address`)
      : fail(instance.arn, `${instance.instanceId} has the public IPv4 address ${instance.publicIpAddress}`, { publicIpAddress: instance.publicIpAddress });
  },
});

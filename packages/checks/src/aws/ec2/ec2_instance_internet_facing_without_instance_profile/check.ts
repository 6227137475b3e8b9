import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { INSTANCE_REFERENCES, instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_internet_facing_without_instance_profile',
    shortId: 'EC2-15',
    title: 'Internet-facing EC2 instance carries no IAM instance profile',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks that an instance with a PublicIpAddress has no IamInstanceProfile. Instances without a public address pass. This pulls against EC2-14 on purpose (as in Prowler): an exposed instance should not hold cloud credentials at all, or only narrowly scoped ones reviewed by hand.',
    risk: 'A compromised internet-facing instance hands its role credentials to the attacker through the metadata service; the role\'s permissions become the blast radius of any web vulnerability.',
    remediation: {
      text: 'Move the instance behind a load balancer in a private subnet, or detach the profile; if it must keep a role, scope it to the minimum and require IMDSv2 (EC2-10).',
      cli: 'aws ec2 describe-iam-instance-profile-associations --filters Name=instance-id,Values=<instance-id>\naws ec2 disassociate-iam-instance-profile --association-id <association-id>',
      terraform: 'resource "aws_instance" "edge" {\n  # ...\n  associate_public_ip_address = false # or drop iam_instance_profile\n}',
    },
    references: [INSTANCE_REFERENCES.profiles, INSTANCE_REFERENCES.publicIp],
    compliance: {},
    settings: {},
  },
  evaluate(instance) {
    const scope = instanceScope(instance, `whether ${instance.instanceId} is internet-facing with a role`);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    if (instance.publicIpAddress === undefined) return pass(instance.arn, `${instance.instanceId} has no public IPv4 address`);
    if (instance.iamInstanceProfileArn === undefined) return pass(instance.arn, `${instance.instanceId} is internet-facing but holds no instance profile`);
    return fail(instance.arn, `${instance.instanceId} is reachable at ${instance.publicIpAddress} and holds the instance profile ${instance.iamInstanceProfileArn}`, {
      publicIpAddress: instance.publicIpAddress,
      iamInstanceProfileArn: instance.iamInstanceProfileArn,
    });
  },
});

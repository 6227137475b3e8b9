import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_in_use',
    shortId: 'EC2-08',
    title: 'Security group is used by at least one network interface',
    severity: 'LOW',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that each non-default security group is attached to at least one network interface (instances, load balancers, Lambda functions in a VPC, endpoints...). Default groups cannot be deleted and always pass.',
    risk:
      'Unused groups pile up with permissive rules nobody reviews; attaching one later, by mistake or by an attacker with ec2:ModifyInstanceAttribute, silently reopens old access.',
    remediation: {
      text: 'Confirm the group is not referenced by launch templates or infrastructure code, then delete it.',
      cli: [
        'aws ec2 describe-network-interfaces --filters Name=group-id,Values=<group-id> --query "NetworkInterfaces[].NetworkInterfaceId"',
        'aws ec2 delete-security-group --group-id <group-id>',
      ].join('\n'),
      terraform: '# Remove the aws_security_group resource (and its rules) from the configuration, then run terraform apply.',
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-security-groups.html#deleting-security-group',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaces.html',
    ],
    compliance: {},
    settings: {},
  },
  evaluate(group) {
    const label = `Security group ${group.groupId} (${group.groupName})`;
    if (group.isDefault) return pass(group.arn, `${label} is a default group, which AWS does not let you delete`);
    const attached = group.attachedNetworkInterfaceIds;
    if (attached.state === 'error') return unknownBecause(group.arn, `whether ${label} is used`, attached);
    const interfaces = attached.state === 'ok' ? attached.value : [];
    if (interfaces.length === 0) return fail(group.arn, `${label} is used by no network interface`, { attachedNetworkInterfaceIds: [] });
    return pass(group.arn, `${label} is used by ${interfaces.length} network interface(s)`, { attachedNetworkInterfaceIds: interfaces });
  },
});

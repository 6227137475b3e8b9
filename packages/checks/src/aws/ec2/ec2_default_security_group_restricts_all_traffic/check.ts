import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { unknownRules } from '../lib/group-usage';

export const check = defineCheck({
  metadata: {
    id: 'ec2_default_security_group_restricts_all_traffic',
    shortId: 'EC2-06',
    title: 'Default security group of the VPC restricts all traffic',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that the security group named "default" of each VPC has no inbound and no outbound rule. Other groups are not judged by this check. Every default group is judged, used or not, as CIS and Security Hub EC2.2 do: an unused default group is where the next resource launched without a group lands. Setting includeUnusedGroups to false reports unused ones as latent instead.',
    risk:
      'Resources launched without an explicit group land in the default group; its rules (by default: all traffic between members, all outbound) then apply unnoticed and connect workloads that were meant to be isolated.',
    remediation: {
      text: 'Delete every inbound and outbound rule of the default security group, move the resources that use it to purpose-made groups, and keep it empty (AWS does not allow deleting it).',
      cli: [
        'aws ec2 describe-security-groups --filters Name=vpc-id,Values=<vpc-id> Name=group-name,Values=default',
        'aws ec2 revoke-security-group-ingress --group-id <default-group-id> --ip-permissions \'[{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"<default-group-id>"}]}]\'',
        'aws ec2 revoke-security-group-egress --group-id <default-group-id> --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
      ].join('\n'),
      terraform: [
        '# Taking over the default group with no ingress/egress blocks removes all its rules.',
        'resource "aws_default_security_group" "default" {',
        '  vpc_id = aws_vpc.this.id',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group',
    ],
    compliance: { 'cis-aws-3.0.0': ['5.4'], 'cis-aws-5.0.0': ['5.5'] },
    settings: {
      /**
       * Fail a default group with rules even when no network interface uses it (CIS 5.4 / 5.5: every VPC). On by
       * default, unlike the internet-ingress checks: for the default group "unused" is the dangerous state, it is
       * what a new resource launched without an explicit group gets.
       */
      includeUnusedGroups: true,
    },
  },
  evaluate(group, { settings }) {
    // Only the default group is in scope: other groups yield no verdict rather than a meaningless PASS.
    if (!group.isDefault) return [];
    if (!group.ingress) return unknownRules(group, 'ingress');
    if (!group.egress) return unknownRules(group, 'egress');
    const label = `Default security group ${group.groupId} of ${group.vpcId ?? 'its VPC'}`;
    const counts = { ingressRules: group.ingress.length, egressRules: group.egress.length };
    if (counts.ingressRules === 0 && counts.egressRules === 0) return pass(group.arn, `${label} has no rules`);
    const rules = `${label} has ${counts.ingressRules} inbound and ${counts.egressRules} outbound rule(s)`;
    if (settings.includeUnusedGroups) return fail(group.arn, rules, counts);
    const attached = group.attachedNetworkInterfaceIds;
    if (attached.state === 'error') return unknownBecause(group.arn, `whether ${label} is in use (${rules})`, attached);
    const interfaces = attached.state === 'ok' ? attached.value : [];
    if (interfaces.length === 0) return pass(group.arn, `${rules}, but no network interface uses it`, { ...counts, attachedNetworkInterfaceIds: [] });
    return fail(group.arn, `${rules} and is used by ${interfaces.length} network interface(s)`, { ...counts, attachedNetworkInterfaceIds: interfaces });
  },
});

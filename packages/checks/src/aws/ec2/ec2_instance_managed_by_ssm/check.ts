import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField } from '../../../engine/result';
import { instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_managed_by_ssm',
    shortId: 'EC2-18',
    title: 'Running EC2 instance is managed by Systems Manager',
    severity: 'MEDIUM',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      "Checks that every running instance appears in its region's ssm:DescribeInstanceInformation, i.e. that the SSM Agent runs on it with an instance profile allowing Systems Manager. Stopped and terminated instances are not judged.",
    risk:
      'An instance outside Systems Manager cannot be patched, inventoried or reached without SSH keys or open admin ports: it drifts out of the security baseline and tends to keep port 22 or 3389 open for access.',
    remediation: {
      text: 'Run the SSM Agent (preinstalled on Amazon Linux, Ubuntu and Windows AMIs) and give the instance a profile with AmazonSSMManagedInstanceCore, or turn on Default Host Management Configuration for the region; the instance then registers within minutes.',
      cli: [
        'aws ssm update-service-setting --setting-id arn:aws:ssm:<region>:<account>:servicesetting/ssm/managed-instance/default-ec2-instance-management-role --setting-value service-role/AWSSystemsManagerDefaultEC2InstanceManagementRoleV2',
        'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
      ].join('\n'),
      terraform: [
        'resource "aws_iam_role_policy_attachment" "ssm" {',
        '  role       = aws_iam_role.app.name',
        '  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/managed_instances.html',
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-nodes.html',
      'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeInstanceInformation.html',
    ],
    compliance: {},
    settings: {
      /** Off (the default, as Prowler): registered is enough. On: the agent must also be Online (not ConnectionLost or Inactive). */
      requireOnline: false,
    },
  },
  evaluate(instance, { settings }) {
    const question = `whether Systems Manager manages ${instance.instanceId}`;
    const scope = instanceScope(instance, question);
    if (scope !== 'judge') return scope === 'skip' ? [] : scope;
    // The row is about running instances: a stopped one has no agent to report in.
    if (instance.state !== 'running') return [];
    const ssm = instance.ssm;
    if (ssm === undefined) return unknownMissingField(instance.arn, question, 'ssm:DescribeInstanceInformation', 'ssm');
    if (ssm.state === 'error') return unknownBecause(instance.arn, question, ssm);
    if (ssm.state === 'absent') return fail(instance.arn, `${instance.instanceId} is running but not managed by Systems Manager`);
    const ping = ssm.value.pingStatus ?? 'unknown';
    if (settings.requireOnline && ping !== 'Online') {
      return fail(instance.arn, `${instance.instanceId} is registered with Systems Manager but its agent is ${ping}`, { pingStatus: ping });
    }
    return pass(instance.arn, `${instance.instanceId} is managed by Systems Manager (agent ${ping})`, { pingStatus: ping });
  },
});

import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { INSTANCE_REFERENCES, instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_profile_attached',
    shortId: 'EC2-14',
    title: 'EC2 instance has an IAM instance profile',
    severity: 'MEDIUM',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks that DescribeInstances reports an IamInstanceProfile for the instance, so that software on it gets temporary role credentials instead of stored access keys. Terminated instances are not judged.',
    risk: 'An instance without a role pushes its operators to copy long-lived access keys onto it, where they are read from disk, leaked in images and never rotated.',
    remediation: {
      text: 'Create a role with least-privilege permissions (at least AmazonSSMManagedInstanceCore for management), wrap it in an instance profile and associate it with the instance.',
      cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-name>',
      terraform: 'resource "aws_iam_instance_profile" "app" {\n  role = aws_iam_role.app.name\n}\n\nresource "aws_instance" "app" {\n  # ...\n  iam_instance_profile = aws_iam_instance_profile.app.name\n}',
    },
    references: [INSTANCE_REFERENCES.profiles],
    compliance: { 'cis-aws-3.0.0': ['1.18'], 'cis-aws-5.0.0': ['1.17'] },
    settings: {},
  },
  evaluate(instance) {
    const scope = instanceScope(instance, `whether ${instance.instanceId} has an instance profile`);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    return instance.iamInstanceProfileArn === undefined
      ? fail(instance.arn, `${instance.instanceId} has no IAM instance profile`)
      : pass(instance.arn, `${instance.instanceId} uses the instance profile ${instance.iamInstanceProfileArn}`);
  },
});

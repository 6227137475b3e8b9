import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField } from '../../../engine/result';
import { instanceScope } from '../lib/instance-scope';

export const check = defineCheck({
  metadata: {
    id: 'ec2_instance_ami_not_deprecated',
    shortId: 'EC2-19',
    title: 'EC2 instance runs an AMI that is neither deprecated nor deregistered',
    severity: 'MEDIUM',
    service: 'ec2',
    resourceKind: 'aws.ec2.instance',
    description:
      'Checks the instance\'s AMI (DescribeImages by ImageId): its DeprecationTime must be later than the run\'s now, and AWS must still know it (a deregistered AMI can no longer be described). Terminated instances are not judged.',
    risk: 'A deprecated or withdrawn image stops receiving fixes; instances built from it, and any rebuilt from the same template, carry its unpatched packages.',
    remediation: {
      text: 'Rebuild the instance (or its launch template) from a current, supported AMI, e.g. the latest published through the SSM public parameters.',
      cli: 'aws ssm get-parameters --names /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64\naws ec2 describe-images --image-ids <ami-id> --query "Images[].DeprecationTime"',
      terraform: 'data "aws_ssm_parameter" "al2023" {\n  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"\n}\n\nresource "aws_instance" "app" {\n  ami = data.aws_ssm_parameter.al2023.value\n}',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html'],
    compliance: {},
    settings: {},
  },
  evaluate(instance, { now }) {
    const question = `whether ${instance.instanceId}'s AMI is current`;
    const scope = instanceScope(instance, question);
    if (scope === 'skip') return [];
    if (scope !== 'judge') return scope;
    const image = instance.image;
    if (image === undefined) return unknownMissingField(instance.arn, question, 'DescribeImages', 'image');
    if (image.state === 'error') return unknownBecause(instance.arn, question, image);
    const ami = instance.imageId ?? 'its AMI';
    if (image.state === 'absent') return fail(instance.arn, `${instance.instanceId} runs ${ami}, which AWS no longer knows (deregistered)`, { imageId: instance.imageId });
    const deprecation = image.value.deprecationTime;
    if (deprecation !== undefined && Date.parse(deprecation) <= now.getTime()) {
      return fail(instance.arn, `${instance.instanceId} runs ${ami}, deprecated since ${deprecation}`, { imageId: instance.imageId, deprecationTime: deprecation });
    }
    return pass(instance.arn, `${instance.instanceId} runs ${ami}, which is not deprecated`, { deprecationTime: deprecation ?? null });
  },
});

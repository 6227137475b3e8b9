import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { EC2_SETTINGS_REFERENCES } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ami_not_public',
    shortId: 'EC2-25',
    title: 'Owned AMI is not public',
    severity: 'CRITICAL',
    service: 'ec2',
    resourceKind: 'aws.ec2.image',
    description: 'Checks DescribeImages(Owners=[self]) Public is false for every AMI the account owns. Names in allowedPublicImageIds are accepted (AMIs published on purpose).',
    risk: 'Anyone can launch a public AMI and read its disks: application code, configuration and any credential baked in at build time.',
    remediation: {
      text: 'Make the AMI private (remove the "all" launch permission), enable AMI Block Public Access (EC2-26), and rotate secrets the image contained.',
      cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
      terraform: '# Remove aws_ami_launch_permission resources with group = "all"; add aws_ec2_image_block_public_access { state = "block-new-sharing" }.',
    },
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html', EC2_SETTINGS_REFERENCES.imageBpa],
    compliance: {},
    settings: {
      /** AMI ids the organisation publishes on purpose. */
      allowedPublicImageIds: [] as readonly string[],
    },
  },
  evaluate(image, { settings }) {
    if (image.public === undefined) return unknownMissingField(image.arn, `whether ${image.imageId} is public`, 'DescribeImages', 'public');
    if (!image.public) return pass(image.arn, `AMI ${image.imageId} is private`);
    if (settings.allowedPublicImageIds.includes(image.imageId)) return pass(image.arn, `AMI ${image.imageId} is public on purpose (allowedPublicImageIds)`);
    return fail(image.arn, `AMI ${image.imageId} is public: any AWS account can launch it`);
  },
});

import { defineCheck } from '../../../engine/define-check';
import { EC2_SETTINGS_REFERENCES, judgeRegionSetting } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ami_block_public_access_enabled',
    shortId: 'EC2-26',
    title: 'AMI Block Public Access is enabled in the region',
    severity: 'MEDIUM',
    service: 'ec2',
    resourceKind: 'aws.ec2.account',
    description: 'Checks GetImageBlockPublicAccessState ImageBlockPublicAccessState is "block-new-sharing" (the only blocking state AWS offers for AMIs).',
    risk: 'Without it, one modify-image-attribute call publishes an AMI, and with it whatever the image holds: code, keys, data baked in at build time.',
    remediation: {
      text: 'Enable Block Public Access for AMIs in every region you use; AMIs already public stay public until you make them private (EC2-25).',
      cli: 'aws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing --region <region>',
      terraform: 'resource "aws_ec2_image_block_public_access" "this" {\n  state = "block-new-sharing"\n}',
    },
    references: [EC2_SETTINGS_REFERENCES.imageBpa],
    compliance: {},
    settings: {},
  },
  evaluate: (region) =>
    judgeRegionSetting(region, region.imageBlockPublicAccess, 'AMI Block Public Access on', (s) => s.state === 'block-new-sharing', (s) => `state ${s.state}`),
});

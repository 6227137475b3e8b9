import { defineCheck } from '../../../engine/define-check';
import { EC2_SETTINGS_REFERENCES, judgeRegionSetting } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ebs_encryption_by_default_enabled',
    shortId: 'EC2-20',
    title: 'EBS encryption by default is enabled in the region',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.account',
    description: 'Checks GetEbsEncryptionByDefault EbsEncryptionByDefault is true in the region, so every new volume and snapshot copy is encrypted whatever the launch path.',
    risk: 'Without the default, each volume is encrypted only if its creator remembers to ask; unencrypted volumes and their snapshots expose data to anyone who obtains a copy.',
    remediation: {
      text: 'Enable EBS encryption by default in every region you use (optionally with a customer-managed KMS key). Existing volumes are not changed: copy their snapshots with encryption to migrate them (EC2-21).',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
      terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
    },
    references: [EC2_SETTINGS_REFERENCES.ebsDefault],
    compliance: {},
    settings: {},
  },
  evaluate: (region) =>
    judgeRegionSetting(region, region.ebsEncryptionByDefault, 'EBS encryption by default enabled', (s) => s.enabled, (s) => (s.kmsKeyId !== undefined ? `key ${s.kmsKeyId}` : `enabled ${s.enabled}`)),
});

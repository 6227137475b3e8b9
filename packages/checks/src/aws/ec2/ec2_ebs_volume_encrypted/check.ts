import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { EC2_SETTINGS_REFERENCES } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ebs_volume_encrypted',
    shortId: 'EC2-21',
    title: 'EBS volume is encrypted',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.volume',
    description: 'Checks DescribeVolumes Encrypted is true for every volume, attached or not.',
    risk: 'An unencrypted volume\'s data, and every snapshot taken of it, is readable by whoever obtains a copy; encryption also ties access to a KMS key you can audit and revoke.',
    remediation: {
      text: 'Snapshot the volume, copy the snapshot with encryption, create a volume from the copy and swap it in; enable encryption by default (EC2-20) so new volumes start encrypted.',
      cli: 'aws ec2 create-snapshot --volume-id <vol-id>\naws ec2 copy-snapshot --source-snapshot-id <snap-id> --source-region <region> --encrypted --kms-key-id <key>\naws ec2 create-volume --snapshot-id <encrypted-snap-id> --availability-zone <az>',
      terraform: 'resource "aws_ebs_volume" "data" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.ebs.arn\n}',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', EC2_SETTINGS_REFERENCES.ebsDefault],
    compliance: { 'cis-aws-3.0.0': ['2.2.1'], 'cis-aws-5.0.0': ['5.1.1'] },
    settings: {},
  },
  evaluate(volume) {
    // Encrypted comes with the listing: undefined means an incomplete answer, which must not read as "no".
    if (volume.encrypted === undefined) return unknownMissingField(volume.arn, `whether ${volume.volumeId} is encrypted`, 'DescribeVolumes', 'encrypted');
    return volume.encrypted
      ? pass(volume.arn, `Volume ${volume.volumeId} is encrypted`, { kmsKeyId: volume.kmsKeyId ?? null })
      : fail(volume.arn, `Volume ${volume.volumeId} is not encrypted`, { attachedInstanceIds: volume.attachedInstanceIds });
  },
});

import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { EC2_SETTINGS_REFERENCES } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ebs_snapshot_encrypted',
    shortId: 'EC2-23',
    title: 'EBS snapshot is encrypted',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.snapshot',
    description: 'Checks DescribeSnapshots Encrypted is true for every owned snapshot.',
    risk: 'An unencrypted snapshot can be shared (by mistake or by an attacker with ec2:ModifySnapshotAttribute) and read without any KMS permission.',
    remediation: {
      text: 'Copy the snapshot with encryption, delete the unencrypted original, and enable EBS encryption by default (EC2-20).',
      cli: 'aws ec2 copy-snapshot --source-snapshot-id <snap-id> --source-region <region> --encrypted --kms-key-id <key>\naws ec2 delete-snapshot --snapshot-id <snap-id>',
      terraform: 'resource "aws_ebs_snapshot_copy" "encrypted" {\n  source_snapshot_id = "<snap-id>"\n  source_region      = "<region>"\n  encrypted          = true\n  kms_key_id         = aws_kms_key.ebs.arn\n}',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', EC2_SETTINGS_REFERENCES.ebsDefault],
    compliance: {},
    settings: {},
  },
  evaluate(snapshot) {
    if (snapshot.encrypted === undefined) return unknownMissingField(snapshot.arn, `whether ${snapshot.snapshotId} is encrypted`, 'DescribeSnapshots', 'encrypted');
    return snapshot.encrypted
      ? pass(snapshot.arn, `Snapshot ${snapshot.snapshotId} is encrypted`)
      : fail(snapshot.arn, `Snapshot ${snapshot.snapshotId} is not encrypted`, { volumeId: snapshot.volumeId ?? null });
  },
});

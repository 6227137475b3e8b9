import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { EC2_SETTINGS_REFERENCES } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ebs_snapshot_not_public',
    shortId: 'EC2-22',
    title: 'EBS snapshot is not shared publicly',
    severity: 'CRITICAL',
    service: 'ec2',
    resourceKind: 'aws.ec2.snapshot',
    description: 'Checks DescribeSnapshotAttribute(createVolumePermission) of every owned snapshot: the group "all" must not be allowed to create volumes from it. Sharing with named accounts is reported in evidence, not failed.',
    risk: 'Any AWS account can create a volume from a public snapshot and read it: whole disks of databases and servers, including credentials stored on them.',
    remediation: {
      text: 'Remove the public permission from the snapshot and enable snapshot Block Public Access (EC2-24). Rotate any secret the snapshot held.',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snap-id> --attribute createVolumePermission --operation-type remove --group-names all',
      terraform: '# Remove aws_snapshot_create_volume_permission resources granting "all"; add aws_ebs_snapshot_block_public_access { state = "block-all-sharing" }.',
    },
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html', EC2_SETTINGS_REFERENCES.snapshotBpa],
    compliance: {},
    settings: {},
  },
  evaluate(snapshot) {
    const permission = snapshot.createVolumePermission;
    if (permission.state === 'error') return unknownBecause(snapshot.arn, `whether ${snapshot.snapshotId} is public`, permission);
    if (permission.state === 'absent' || !permission.value.public) {
      const accounts = permission.state === 'ok' ? permission.value.accountIds : [];
      return pass(snapshot.arn, `Snapshot ${snapshot.snapshotId} is not public`, { sharedWithAccounts: accounts });
    }
    return fail(snapshot.arn, `Snapshot ${snapshot.snapshotId} lets any AWS account create volumes from it`, { encrypted: snapshot.encrypted ?? null, volumeId: snapshot.volumeId ?? null });
  },
});

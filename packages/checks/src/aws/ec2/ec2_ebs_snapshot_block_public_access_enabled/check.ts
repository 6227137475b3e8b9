import { defineCheck } from '../../../engine/define-check';
import { EC2_SETTINGS_REFERENCES, judgeRegionSetting } from '../lib/account-setting';

export const check = defineCheck({
  metadata: {
    id: 'ec2_ebs_snapshot_block_public_access_enabled',
    shortId: 'EC2-24',
    title: 'EBS snapshot Block Public Access blocks all sharing in the region',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.account',
    description: 'Checks GetSnapshotBlockPublicAccessState State is one of acceptedStates (block-all-sharing). "block-new-sharing" leaves snapshots already public still public, so it fails by default.',
    risk: 'A public snapshot can be copied by any AWS account and mounted: a full disk image of a database or server. Block Public Access stops one mistaken share from publishing it.',
    remediation: {
      text: 'Enable Block Public Access for snapshots in every region you use, in block-all-sharing mode once no snapshot needs to be public.',
      cli: 'aws ec2 enable-snapshot-block-public-access --state block-all-sharing --region <region>',
      terraform: 'resource "aws_ebs_snapshot_block_public_access" "this" {\n  state = "block-all-sharing"\n}',
    },
    references: [EC2_SETTINGS_REFERENCES.snapshotBpa],
    compliance: {},
    settings: {
      /** States that count as on; add "block-new-sharing" to accept it. */
      acceptedStates: ['block-all-sharing'],
    },
  },
  evaluate: (region, { settings }) =>
    judgeRegionSetting(region, region.snapshotBlockPublicAccess, 'snapshot Block Public Access on', (s) => settings.acceptedStates.includes(s.state), (s) => `state ${s.state}`),
});

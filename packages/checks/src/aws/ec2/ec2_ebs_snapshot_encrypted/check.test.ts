import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied } from '../lib/instance-fixture';
import { ec2Snapshot } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ebs_snapshot_encrypted (EC2-23)', () => {
  it('EC2-23 judges Encrypted alone: an unreadable sharing attribute does not matter', () => {
    expect(evaluateCheck(check, ec2Snapshot({ encrypted: false, createVolumePermission: accessDenied('DescribeSnapshotAttribute') }))[0]?.status).toBe('FAIL');
  });
});

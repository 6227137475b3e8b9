import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ok } from '../lib/instance-fixture';
import { ec2Snapshot } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ebs_snapshot_not_public (EC2-22)', () => {
  it('EC2-22 fails for a public snapshot even when it is encrypted (the key policy is the only guard left)', () => {
    const [result] = evaluateCheck(check, ec2Snapshot({ createVolumePermission: ok({ public: true, accountIds: ['444455556666'] }) }));
    expect(result).toMatchObject({ status: 'FAIL', evidence: { encrypted: true } });
  });

  it('EC2-22 passes and records the accounts a private snapshot is shared with', () => {
    const [result] = evaluateCheck(check, ec2Snapshot({ createVolumePermission: ok({ public: false, accountIds: ['444455556666'] }) }));
    expect(result?.evidence).toEqual({ sharedWithAccounts: ['444455556666'] });
  });
});

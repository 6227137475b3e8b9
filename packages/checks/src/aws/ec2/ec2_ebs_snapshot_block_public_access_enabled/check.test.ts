import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ok } from '../lib/instance-fixture';
import { ec2AccountRegion } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ebs_snapshot_block_public_access_enabled (EC2-24)', () => {
  it('EC2-24 fails for block-new-sharing unless acceptedStates allows it', () => {
    const region = ec2AccountRegion({ snapshotBlockPublicAccess: ok({ state: 'block-new-sharing' }) });
    expect(evaluateCheck(check, region)[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, region, { settings: { acceptedStates: ['block-all-sharing', 'block-new-sharing'] } })[0]?.status).toBe('PASS');
  });
});

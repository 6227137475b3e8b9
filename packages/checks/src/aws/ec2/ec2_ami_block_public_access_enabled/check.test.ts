import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ok } from '../lib/instance-fixture';
import { ec2AccountRegion } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ami_block_public_access_enabled (EC2-26)', () => {
  it('EC2-26 fails for an unknown future state instead of assuming it blocks', () => {
    expect(evaluateCheck(check, ec2AccountRegion({ imageBlockPublicAccess: ok({ state: 'something-new' }) }))[0]?.status).toBe('FAIL');
  });
});

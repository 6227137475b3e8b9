import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Volume } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ebs_volume_encrypted (EC2-21)', () => {
  it('EC2-21 fails for an unattached unencrypted volume too', () => {
    expect(evaluateCheck(check, ec2Volume({ encrypted: false, state: 'available', attachedInstanceIds: [] }))[0]?.message).toBe('Volume vol-0abc is not encrypted');
  });

  it('EC2-21 is UNKNOWN naming DescribeVolumes when Encrypted is missing', () => {
    expect(evaluateCheck(check, ec2Volume({ encrypted: undefined as unknown as boolean }))[0]?.message).toContain('DescribeVolumes returned no encrypted');
  });
});

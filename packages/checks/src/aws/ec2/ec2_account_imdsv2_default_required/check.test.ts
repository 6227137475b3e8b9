import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ok } from '../lib/instance-fixture';
import { ec2AccountRegion } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_account_imdsv2_default_required (EC2-11)', () => {
  it('EC2-11 fails for an explicit "optional" default, naming the region', () => {
    const [result] = evaluateCheck(check, ec2AccountRegion({ instanceMetadataDefaults: ok({ httpTokens: 'optional' }) }));
    expect(result).toMatchObject({ status: 'FAIL', message: 'Not IMDSv2 required by default in 111122223333 eu-west-1 (HttpTokens optional)' });
  });

  it('EC2-11 is UNKNOWN naming the API when the defaults cannot be read', () => {
    const [result] = evaluateCheck(check, ec2AccountRegion({ instanceMetadataDefaults: accessDenied('GetInstanceMetadataDefaults') }));
    expect(result?.message).toContain('GetInstanceMetadataDefaults failed with AccessDenied');
  });
});

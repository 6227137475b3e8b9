import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ok, trail, trailConfiguration } from '../lib/account-fixture';
import { check } from './check';

describe('cloudtrail_log_file_validation_enabled (ACC-02)', () => {
  it('ACC-02 fails an organization trail with validation off and says where it is managed', () => {
    const result = evaluateCheck(check, trail({ configuration: ok(trailConfiguration({ logFileValidationEnabled: false, isOrganizationTrail: true })) }))[0];
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('organization trail, managed from the management account');
  });

  it('ACC-02 is UNKNOWN when DescribeTrails was denied, even though the trail is known from ListTrails', () => {
    const result = evaluateCheck(check, trail({ configuration: accessDenied('cloudtrail:DescribeTrails') }))[0];
    expect(result?.message).toBe('Cannot determine whether log file validation is enabled on trail management: cloudtrail:DescribeTrails failed with AccessDenied (Access Denied)');
  });
});

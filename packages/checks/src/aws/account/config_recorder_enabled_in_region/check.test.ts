import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, configRegion, ok } from '../lib/account-fixture';
import { check } from './check';

const selected = ok([{ name: 'default', allSupported: false, includeGlobalResourceTypes: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::EC2::Instance'] }]);

describe('config_recorder_enabled_in_region (ACC-07)', () => {
  it('ACC-07 fails a recorder whose last delivery failed, with its error code', () => {
    const result = evaluateCheck(check, configRegion({ statuses: ok([{ name: 'default', recording: true, lastStatus: 'Failure', lastErrorCode: 'AccessDenied' }]) }))[0];
    expect(result?.message).toBe('AWS Config is not recording in eu-west-1: recorder default last delivery failed (AccessDenied)');
  });

  it('ACC-07 fails a recorder of selected types only, unless requireAllResourceTypes is off', () => {
    expect(evaluateCheck(check, configRegion({ recorders: selected }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, configRegion({ recorders: selected }), { settings: { requireAllResourceTypes: false } })[0]?.status).toBe('PASS');
  });

  it('ACC-07 fails a region without a recorder even when the status call was denied: nothing could be recording', () => {
    expect(evaluateCheck(check, configRegion({ recorders: ok([]), statuses: accessDenied('config:DescribeConfigurationRecorderStatus') }))[0]?.status).toBe('FAIL');
  });

  it('ACC-07 is UNKNOWN when a recorder exists but its status is unreadable', () => {
    expect(evaluateCheck(check, configRegion({ statuses: accessDenied('config:DescribeConfigurationRecorderStatus') }))[0]?.message).toContain(
      'config:DescribeConfigurationRecorderStatus failed with AccessDenied',
    );
  });

  it('ACC-07 fails a recorder with no status at all (created, never started)', () => {
    expect(evaluateCheck(check, configRegion({ statuses: ok([]) }))[0]?.message).toContain('recorder default is not recording');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { absent, ec2Instance, ok } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_managed_by_ssm (EC2-18)', () => {
  it('EC2-18 does not judge stopped or terminated instances', () => {
    expect(evaluateCheck(check, ec2Instance({ state: 'stopped', ssm: absent() }))).toEqual([]);
    expect(evaluateCheck(check, ec2Instance({ state: 'terminated', ssm: absent() }))).toEqual([]);
  });

  it('EC2-18 passes an agent that lost its connection, unless requireOnline is set', () => {
    const lost = ec2Instance({ ssm: ok({ pingStatus: 'ConnectionLost' }) });
    expect(evaluateCheck(check, lost)[0]?.status).toBe('PASS');
    const [strict] = evaluateCheck(check, lost, { settings: { requireOnline: true } });
    expect(strict?.message).toBe('i-0123456789abcdef0 is registered with Systems Manager but its agent is ConnectionLost');
  });

  it('EC2-18 names the missing field when the scan predates SSM collection', () => {
    expect(evaluateCheck(check, ec2Instance())[0]?.message).toContain('ssm:DescribeInstanceInformation returned no ssm');
  });
});

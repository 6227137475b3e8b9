import { absent, ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, securityGroup } from '../lib/sg-fixture';
import { check } from './check';

describe('ec2_security_group_in_use (EC2-08)', () => {
  it('EC2-08 passes for a group used by an interface, listing it', () => {
    const [result] = evaluateCheck(check, securityGroup({ attachedNetworkInterfaceIds: ok(['eni-1', 'eni-2']) }));
    expect(result).toMatchObject({ status: 'PASS', evidence: { attachedNetworkInterfaceIds: ['eni-1', 'eni-2'] } });
  });

  it('EC2-08 fails for a group no interface uses', () => {
    expect(evaluateCheck(check, securityGroup({ attachedNetworkInterfaceIds: ok([]) }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, securityGroup({ attachedNetworkInterfaceIds: absent() }))[0]?.status).toBe('FAIL');
  });

  it('EC2-08 passes default groups, which cannot be deleted, even when unused', () => {
    expect(evaluateCheck(check, securityGroup({ isDefault: true, attachedNetworkInterfaceIds: ok([]) }))[0]?.status).toBe('PASS');
  });

  it('EC2-08 is UNKNOWN when interfaces cannot be listed, naming DescribeNetworkInterfaces', () => {
    const [result] = evaluateCheck(check, securityGroup({ attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, securityGroup } from '../lib/sg-fixture';
import { check } from './check';

const defaultGroup = (overrides = {}) => securityGroup({ groupId: 'sg-0defa017', groupName: 'default', isDefault: true, ...overrides });

describe('ec2_default_security_group_restricts_all_traffic (EC2-06)', () => {
  it('EC2-06 passes for a default group with no rules', () => {
    expect(evaluateCheck(check, defaultGroup())[0]?.status).toBe('PASS');
  });

  it('EC2-06 fails for the self-referencing inbound rule AWS creates, counting the rules', () => {
    const [result] = evaluateCheck(check, defaultGroup({ ingress: [allTraffic(fromGroup('sg-0defa017'))] }));
    expect(result?.status).toBe('FAIL');
    expect(result?.evidence).toMatchObject({ ingressRules: 1, egressRules: 0 });
  });

  it('EC2-06 fails for an outbound-only rule: "restricts all traffic" covers egress', () => {
    expect(evaluateCheck(check, defaultGroup({ egress: [allTraffic(fromIpv4('0.0.0.0/0'))] }))[0]?.status).toBe('FAIL');
  });

  it('EC2-06 gives no verdict about groups that are not the default one', () => {
    expect(evaluateCheck(check, securityGroup({ ingress: [allTraffic(fromIpv4('0.0.0.0/0'))] }))).toEqual([]);
  });

  it('EC2-06 reports an unused default group with rules as latent, failing it with includeUnusedGroups', () => {
    const unused = defaultGroup({ egress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: ok([]) });
    expect(evaluateCheck(check, unused)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, unused, { settings: { includeUnusedGroups: true } })[0]?.status).toBe('FAIL');
  });

  it('EC2-06 is UNKNOWN when a default group has rules and its interfaces cannot be listed', () => {
    const g = defaultGroup({ egress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    expect(evaluateCheck(check, g)[0]?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

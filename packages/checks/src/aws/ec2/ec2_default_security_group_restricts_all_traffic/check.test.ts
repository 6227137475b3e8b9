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

  it('EC2-06 fails an unused default group with rules (CIS: every VPC), reporting it as latent with includeUnusedGroups false', () => {
    const unused = defaultGroup({ egress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: ok([]) });
    expect(evaluateCheck(check, unused)[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, unused, { settings: { includeUnusedGroups: false } })[0]?.status).toBe('PASS');
  });

  it('EC2-06 fails a default group with rules whose interfaces cannot be listed; UNKNOWN when unused groups are latent', () => {
    const g = defaultGroup({ egress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    expect(evaluateCheck(check, g)[0]?.status).toBe('FAIL');
    const latent = evaluateCheck(check, g, { settings: { includeUnusedGroups: false } })[0];
    expect(latent?.status).toBe('UNKNOWN');
    expect(latent?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, fromIpv6, securityGroup, tcp } from '../lib/sg-fixture';
import { check } from './check';

const statusOf = (...cidrs: string[]) => evaluateCheck(check, securityGroup({ ingress: [tcp(22, 22, fromIpv4(...cidrs))] }))[0]?.status;

describe('ec2_security_group_no_wide_public_ipv4_ingress (EC2-07)', () => {
  it('EC2-07 fails for public prefixes /1 to /23', () => {
    expect(statusOf('128.0.0.0/1')).toBe('FAIL');
    expect(statusOf('52.0.0.0/8')).toBe('FAIL');
    expect(statusOf('198.51.100.0/23')).toBe('FAIL');
  });

  it('EC2-07 passes for /24 and narrower, and for RFC 1918 ranges of any width', () => {
    expect(statusOf('198.51.100.0/24', '203.0.113.7/32', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16')).toBe('PASS');
  });

  it('EC2-07 leaves 0.0.0.0/0, IPv6 and group references to the other checks', () => {
    const group = securityGroup({ ingress: [allTraffic(fromIpv4('0.0.0.0/0')), allTraffic(fromIpv6('2001:db8::/16')), allTraffic(fromGroup('sg-1'))] });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
  });

  it('EC2-07 names the range and reads the prefix threshold from settings', () => {
    const group = securityGroup({ ingress: [allTraffic(fromIpv4('198.51.100.0/24'))] });
    const [strict] = evaluateCheck(check, group, { settings: { minimumPrefixLength: 28 } });
    expect(strict?.status).toBe('FAIL');
    expect(strict?.message).toContain('all ports all from 198.51.100.0/24');
  });

  it('EC2-07 is UNKNOWN when the interfaces using the group cannot be listed', () => {
    const group = securityGroup({ ingress: [tcp(22, 22, fromIpv4('52.0.0.0/8'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    expect(evaluateCheck(check, group)[0]?.status).toBe('UNKNOWN');
  });
});

import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, fromIpv6, fromPrefixList, rule, securityGroup, tcp } from '../lib/sg-fixture';
import { check } from './check';

const group = (...ingress: ReturnType<typeof tcp>[]) => securityGroup({ ingress });
const statusOf = (g: ReturnType<typeof group>, settings = {}) => evaluateCheck(check, g, { settings })[0]?.status;

describe('ec2_security_group_attached_no_internet_ingress (EC2-05)', () => {
  it('EC2-05 fails for any port from 0.0.0.0/0 or ::/0 on an attached group, any protocol', () => {
    expect(statusOf(group(tcp(8080, 8080, fromIpv4('0.0.0.0/0'))))).toBe('FAIL');
    expect(statusOf(group(rule('udp', 53, 53, fromIpv6('::/0'))))).toBe('FAIL');
    expect(statusOf(group(rule('-1', undefined, undefined, fromIpv4('0.0.0.0/0'))))).toBe('FAIL');
  });

  it('EC2-05 does not treat rules referencing other groups or prefix lists as public', () => {
    expect(statusOf(group(allTraffic(fromGroup('sg-0fedcba987654321')), allTraffic(fromPrefixList('pl-63a5400a'))))).toBe('PASS');
  });

  it('EC2-05 tolerates only the ports listed in allowedPublicPorts, and never protocol -1', () => {
    const web = group(tcp(443, 443, fromIpv4('0.0.0.0/0')), tcp(80, 80, fromIpv6('::/0')));
    expect(statusOf(web)).toBe('FAIL');
    expect(statusOf(web, { allowedPublicPorts: ['80', '443'] })).toBe('PASS');
    expect(statusOf(group(tcp(80, 443, fromIpv4('0.0.0.0/0'))), { allowedPublicPorts: ['80', '443'] })).toBe('FAIL');
    expect(statusOf(group(allTraffic(fromIpv4('0.0.0.0/0'))), { allowedPublicPorts: ['0-65535'] })).toBe('FAIL');
  });

  it('EC2-05 never judges unused groups, whatever their rules', () => {
    const unused = securityGroup({ ingress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: ok([]) });
    expect(statusOf(unused)).toBe('PASS');
  });

  it('EC2-05 is UNKNOWN when the interfaces using an open group cannot be listed', () => {
    const g = securityGroup({ ingress: [tcp(443, 443, fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    const [result] = evaluateCheck(check, g);
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

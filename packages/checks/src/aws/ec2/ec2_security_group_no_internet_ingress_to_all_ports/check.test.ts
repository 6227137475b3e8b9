import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, fromIpv6, fromPrefixList, rule, securityGroup, tcp } from '../lib/sg-fixture';
import { check } from './check';

const verdict = (...ingress: ReturnType<typeof tcp>[]) => evaluateCheck(check, securityGroup({ ingress }))[0]!;

describe('ec2_security_group_no_internet_ingress_to_all_ports (EC2-01)', () => {
  it('EC2-01 fails for protocol -1 ("all") from 0.0.0.0/0, naming the source', () => {
    const result = verdict(allTraffic(fromIpv4('10.0.0.0/8', '0.0.0.0/0')));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('all ports all from 0.0.0.0/0');
    expect(result.evidence).toMatchObject({ attachedNetworkInterfaceIds: ['eni-0abc'] });
  });

  it('EC2-01 fails for protocol -1 from ::/0 (IPv6)', () => {
    expect(verdict(allTraffic(fromIpv6('::/0'))).status).toBe('FAIL');
  });

  it('EC2-01 reads the raw protocol "-1" like the normalized "all"', () => {
    expect(verdict(rule('-1', undefined, undefined, fromIpv4('0.0.0.0/0'))).status).toBe('FAIL');
  });

  it('EC2-01 fails for TCP 0-65535 and UDP 1-65535 from the internet', () => {
    expect(verdict(tcp(0, 65535, fromIpv4('0.0.0.0/0'))).status).toBe('FAIL');
    expect(verdict(rule('udp', 1, 65535, fromIpv6('::/0'))).status).toBe('FAIL');
  });

  it('EC2-01 passes for a wide range that is not every port (1024-65535)', () => {
    expect(verdict(tcp(1024, 65535, fromIpv4('0.0.0.0/0'))).status).toBe('PASS');
  });

  it('EC2-01 does not treat rules referencing other groups or prefix lists as public', () => {
    expect(verdict(allTraffic(fromGroup('sg-0fedcba987654321'))).status).toBe('PASS');
    expect(verdict(allTraffic(fromPrefixList('pl-63a5400a'))).status).toBe('PASS');
  });

  it('EC2-01 passes for all traffic from a private range', () => {
    expect(verdict(allTraffic(fromIpv4('10.0.0.0/8')), allTraffic(fromIpv6('fd00::/8'))).status).toBe('PASS');
  });

  it('EC2-01 reports an unused open group as latent, and judges it with includeUnusedGroups', () => {
    const unused = securityGroup({ ingress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: ok([]) });
    const [latent] = evaluateCheck(check, unused);
    expect(latent?.status).toBe('PASS');
    expect(latent?.message).toContain('no network interface uses the group');
    expect(evaluateCheck(check, unused, { settings: { includeUnusedGroups: true } })[0]?.status).toBe('FAIL');
  });

  it('EC2-01 is UNKNOWN for an open group whose interfaces cannot be listed, naming the API', () => {
    const group = securityGroup({ ingress: [allTraffic(fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    const [result] = evaluateCheck(check, group);
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });

  it('EC2-01 passes a closed group even when its interfaces cannot be listed', () => {
    const group = securityGroup({ attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
  });
});

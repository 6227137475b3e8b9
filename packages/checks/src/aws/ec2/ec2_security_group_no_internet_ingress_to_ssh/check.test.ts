import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, fromIpv6, fromPrefixList, rule, securityGroup, tcp } from '../lib/sg-fixture';
import { check } from './check';

const verdict = (...ingress: ReturnType<typeof tcp>[]) => evaluateCheck(check, securityGroup({ ingress }))[0]!;

describe('ec2_security_group_no_internet_ingress_to_ssh (EC2-02)', () => {
  it('EC2-02 fails for TCP 22 from 0.0.0.0/0 and names the rule', () => {
    const result = verdict(tcp(22, 22, fromIpv4('0.0.0.0/0')));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('tcp ports 22 from 0.0.0.0/0');
  });

  it('EC2-02 fails for TCP 22 from ::/0 (IPv6)', () => {
    expect(verdict(tcp(22, 22, fromIpv6('::/0'))).status).toBe('FAIL');
  });

  it('EC2-02 fails for a port range covering 22, and passes for ranges just around it', () => {
    expect(verdict(tcp(22 - 1, 22 + 1000, fromIpv4('0.0.0.0/0'))).status).toBe('FAIL');
    expect(verdict(tcp(22 + 1, 22 + 1000, fromIpv4('0.0.0.0/0')), tcp(1, 22 - 1, fromIpv4('0.0.0.0/0'))).status).toBe('PASS');
  });

  it('EC2-02 fails for protocol -1 (all traffic), in either spelling', () => {
    expect(verdict(allTraffic(fromIpv4('0.0.0.0/0'))).status).toBe('FAIL');
    expect(verdict(rule('-1', undefined, undefined, fromIpv6('::/0'))).status).toBe('FAIL');
  });

  it('EC2-02 passes for UDP 22: the service listens on TCP', () => {
    expect(verdict(rule('udp', 22, 22, fromIpv4('0.0.0.0/0'))).status).toBe('PASS');
  });

  it('EC2-02 does not treat rules referencing other groups or prefix lists as public', () => {
    expect(verdict(tcp(22, 22, fromGroup('sg-0fedcba987654321')), tcp(22, 22, fromPrefixList('pl-63a5400a'))).status).toBe('PASS');
  });

  it('EC2-02 passes for a narrow public range (not the internet)', () => {
    expect(verdict(tcp(22, 22, fromIpv4('203.0.113.7/32'))).status).toBe('PASS');
  });

  it('EC2-02 honours a non-standard port setting', () => {
    const group = securityGroup({ ingress: [tcp(2222, 2222, fromIpv4('0.0.0.0/0'))] });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, group, { settings: { port: 2222 } })[0]?.status).toBe('FAIL');
  });

  it('EC2-02 reports an open unused group as latent unless includeUnusedGroups', () => {
    const group = securityGroup({ ingress: [tcp(22, 22, fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: ok([]) });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, group, { settings: { includeUnusedGroups: true } })[0]?.status).toBe('FAIL');
  });

  it('EC2-02 is UNKNOWN when the open group\'s interfaces cannot be listed, naming the API and code', () => {
    const group = securityGroup({ ingress: [tcp(22, 22, fromIpv4('0.0.0.0/0'))], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    const [result] = evaluateCheck(check, group);
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, allTraffic, fromGroup, fromIpv4, fromIpv6, fromPrefixList, rule, securityGroup, tcp } from '../lib/sg-fixture';
import { check } from './check';

const verdict = (...ingress: ReturnType<typeof tcp>[]) => evaluateCheck(check, securityGroup({ ingress }))[0]!;
const open = (from: number, to = from) => tcp(from, to, fromIpv4('0.0.0.0/0'));

describe('ec2_security_group_no_internet_ingress_to_high_risk_ports (EC2-04)', () => {
  it.each([3306, 5432, 1433, 1434, 1521, 2483, 27017, 27018, 6379, 11211, 9200, 9300, 5601, 9092, 23, 20, 21, 7199, 9160, 8888])(
    'EC2-04 fails for TCP %i from 0.0.0.0/0',
    (port) => {
      expect(verdict(open(port)).status).toBe('FAIL');
    },
  );

  it('EC2-04 fails for ::/0 (IPv6) and for protocol -1', () => {
    expect(verdict(tcp(5432, 5432, fromIpv6('::/0'))).status).toBe('FAIL');
    expect(verdict(rule('-1', undefined, undefined, fromIpv4('0.0.0.0/0'))).status).toBe('FAIL');
    expect(verdict(allTraffic(fromIpv6('::/0'))).status).toBe('FAIL');
  });

  it('EC2-04 fails for a port range covering a listed port, or lying inside a listed range', () => {
    expect(verdict(open(3000, 4000)).status).toBe('FAIL');
    expect(verdict(open(1434, 1434)).status).toBe('FAIL');
    expect(verdict(open(27017, 27017)).status).toBe('FAIL');
  });

  it('EC2-04 passes for web ports and ranges between listed ports', () => {
    expect(verdict(open(80), open(443), open(8080, 8081), open(3307, 5431)).status).toBe('PASS');
  });

  it('EC2-04 does not treat rules referencing other groups or prefix lists as public', () => {
    expect(verdict(tcp(3306, 3306, fromGroup('sg-0fedcba987654321')), tcp(6379, 6379, fromPrefixList('pl-63a5400a'))).status).toBe('PASS');
  });

  it('EC2-04 reads its port list from the highRiskPorts setting, ranges included', () => {
    const group = securityGroup({ ingress: [open(8080)] });
    expect(evaluateCheck(check, group)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, group, { settings: { highRiskPorts: ['8000-8100'] } })[0]?.status).toBe('FAIL');
    expect(() => evaluateCheck(check, group, { settings: { highRiskPorts: ['http'] } })).toThrow(/not a port/);
  });

  it('EC2-04 names every exposed rule in the message', () => {
    const result = verdict(open(3306), tcp(6379, 6379, fromIpv6('::/0')));
    expect(result.message).toContain('tcp ports 3306 from 0.0.0.0/0');
    expect(result.message).toContain('tcp ports 6379 from ::/0');
  });

  it('EC2-04 is UNKNOWN when the open group\'s interfaces cannot be listed', () => {
    const group = securityGroup({ ingress: [open(6379)], attachedNetworkInterfaceIds: accessDenied('DescribeNetworkInterfaces') });
    expect(evaluateCheck(check, group)[0]?.message).toContain('DescribeNetworkInterfaces failed with AccessDenied');
  });
});

import { describe, expect, it } from 'vitest';
import { isPrivateIpv4, isWholeInternet, prefixLength } from './cidr';
import { allTraffic, fromGroup, fromIpv4, fromIpv6, fromPrefixList, rule, tcp } from './sg-fixture';
import { coversAllPorts, coversPort, internetExposures, internetSources } from './sg-rules';

describe('security group rule analysis', () => {
  it('recognizes the whole internet in IPv4 and IPv6 spellings only', () => {
    expect(['0.0.0.0/0', '::/0', '0::/0', ' 0.0.0.0/0 '].every(isWholeInternet)).toBe(true);
    expect(['0.0.0.0/1', '10.0.0.0/8', '::/1', '2001:db8::/32', 'garbage'].some(isWholeInternet)).toBe(false);
    expect(prefixLength('1.2.3.4')).toBeUndefined();
  });

  it('knows the RFC 1918 ranges, including subnets of them, and nothing wider', () => {
    expect(['10.0.0.0/8', '10.1.0.0/16', '172.16.0.0/12', '172.31.5.0/24', '192.168.1.0/24'].every(isPrivateIpv4)).toBe(true);
    expect(['172.32.0.0/16', '8.0.0.0/7', '192.169.0.0/16', '172.0.0.0/8'].some(isPrivateIpv4)).toBe(false);
  });

  it('finds a port inside a range, for tcp and protocol -1, but not for udp or icmp', () => {
    expect(coversPort(tcp(20, 25, {}), 22)).toBe(true);
    expect(coversPort(tcp(23, 25, {}), 22)).toBe(false);
    expect(coversPort(allTraffic({}), 3389)).toBe(true);
    expect(coversPort(rule('-1', undefined, undefined, {}), 22)).toBe(true);
    expect(coversPort(rule('6', 22, 22, {}), 22)).toBe(true);
    expect(coversPort(rule('udp', 0, 65535, {}), 22)).toBe(false);
    expect(coversPort(rule('icmp', -1, -1, {}), 22)).toBe(false);
  });

  it('counts only -1 and full tcp/udp spans as all ports', () => {
    expect(coversAllPorts(allTraffic({}))).toBe(true);
    expect(coversAllPorts(tcp(0, 65535, {}))).toBe(true);
    expect(coversAllPorts(tcp(1, 65535, {}))).toBe(true);
    expect(coversAllPorts(tcp(2, 65535, {}))).toBe(false);
    expect(coversAllPorts(rule('icmp', -1, -1, {}))).toBe(false);
  });

  it('lists only internet-wide sources, never referenced groups or prefix lists', () => {
    expect(internetSources(tcp(22, 22, { ...fromIpv4('0.0.0.0/0', '10.0.0.0/8'), ...fromIpv6('::/0') }))).toEqual(['0.0.0.0/0', '::/0']);
    expect(internetSources(tcp(22, 22, { ...fromGroup('sg-1'), ...fromPrefixList('pl-1') }))).toEqual([]);
  });

  it('describes each exposure with protocol, ports and source', () => {
    const exposures = internetExposures([tcp(22, 22, fromIpv4('0.0.0.0/0')), tcp(80, 90, fromIpv6('::/0'))], () => true);
    expect(exposures).toEqual([
      { protocol: 'tcp', ports: '22', source: '0.0.0.0/0' },
      { protocol: 'tcp', ports: '80-90', source: '::/0' },
    ]);
  });
});

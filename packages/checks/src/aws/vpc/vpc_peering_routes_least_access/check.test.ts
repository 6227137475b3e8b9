import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { routeTable } from '../lib/vpc-fixture';
import { check } from './check';

const via = (route: Record<string, string>) => routeTable({ routes: [{ vpcPeeringConnectionId: 'pcx-9', ...route }] });

describe('vpc_peering_routes_least_access (VPC-03)', () => {
  it('VPC-03 fails for a default route through peering, naming it', () => {
    expect(evaluateCheck(check, via({ destinationCidrBlock: '0.0.0.0/0' }))[0]?.message).toBe('Route table rtb-0abc routes broad destinations through peering: 0.0.0.0/0 via pcx-9');
  });

  it('VPC-03 fails for a prefix-list destination it cannot size', () => {
    expect(evaluateCheck(check, via({ destinationPrefixListId: 'pl-0abc' }))[0]?.status).toBe('FAIL');
  });

  it('VPC-03 applies the IPv6 threshold to IPv6 routes and honours settings', () => {
    expect(evaluateCheck(check, via({ destinationIpv6CidrBlock: '2001:db8:1::/64' }))[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, via({ destinationIpv6CidrBlock: '2001:db8::/48' }))[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, via({ destinationCidrBlock: '10.1.0.0/16' }), { settings: { minPrefixLength: 16 } })[0]?.status).toBe('PASS');
  });
});

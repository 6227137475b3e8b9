import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Subnet } from '../lib/vpc-fixture';
import { check } from './check';

describe('vpc_subnet_no_public_ip_on_launch (VPC-02)', () => {
  it('VPC-02 fails naming the subnet', () => {
    expect(evaluateCheck(check, ec2Subnet({ mapPublicIpOnLaunch: true }))[0]?.message).toBe('Subnet subnet-0a1b assigns a public IPv4 address to every instance launched in it');
  });

  it('VPC-02 is UNKNOWN, not PASS, when the flag is missing', () => {
    expect(evaluateCheck(check, ec2Subnet({ mapPublicIpOnLaunch: undefined }))[0]?.status).toBe('UNKNOWN');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Vpc, ok } from '../lib/vpc-fixture';
import { check } from './check';

const acceptOnly = ec2Vpc({ flowLogs: ok([{ flowLogId: 'fl-1', status: 'ACTIVE', trafficType: 'ACCEPT' }]) });

describe('vpc_flow_logs_enabled (VPC-01)', () => {
  it('VPC-01 fails for an ACCEPT-only flow log (rejected traffic is what CIS asks for), naming it', () => {
    const [result] = evaluateCheck(check, acceptOnly);
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('fl-1 (ACTIVE, ACCEPT)');
  });

  it('VPC-01 honours acceptedTrafficTypes', () => {
    expect(evaluateCheck(check, acceptOnly, { settings: { acceptedTrafficTypes: ['ALL', 'REJECT', 'ACCEPT'] } })[0]?.status).toBe('PASS');
  });
});

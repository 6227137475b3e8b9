import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Address } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_elastic_ip_associated (EC2-27)', () => {
  it('EC2-27 fails for an idle address, naming address and allocation', () => {
    const [result] = evaluateCheck(check, ec2Address({ associationId: undefined, instanceId: undefined }));
    expect(result?.message).toBe('Elastic IP 203.0.113.10 (eipalloc-0abc) is not associated with anything');
  });

  it('EC2-27 passes an associated address even without AllocationId', () => {
    expect(evaluateCheck(check, ec2Address({ allocationId: undefined }))[0]?.status).toBe('PASS');
  });
});

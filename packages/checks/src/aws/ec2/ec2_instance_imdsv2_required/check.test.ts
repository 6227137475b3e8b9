import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_imdsv2_required (EC2-10)', () => {
  it('EC2-10 fails for HttpTokens optional, naming the instance', () => {
    const [result] = evaluateCheck(check, ec2Instance({ metadataOptions: { httpTokens: 'optional' } }));
    expect(result).toMatchObject({ status: 'FAIL', message: 'i-0123456789abcdef0 accepts IMDSv1 (HttpTokens optional)' });
  });

  it('EC2-10 passes a stopped instance on its configuration, and gives no verdict for a terminated one', () => {
    expect(evaluateCheck(check, ec2Instance({ state: 'stopped' }))[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, ec2Instance({ state: 'terminated', metadataOptions: { httpTokens: 'optional' } }))).toEqual([]);
  });

  it('EC2-10 is UNKNOWN, not PASS, when HttpTokens is missing and the endpoint is on', () => {
    const [result] = evaluateCheck(check, ec2Instance({ metadataOptions: {} }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeInstances returned no metadataOptions.httpTokens');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance, ok } from '../lib/instance-fixture';
import { check } from './check';

const NOW = new Date('2025-06-30T00:00:00Z');
const deprecatedAt = (deprecationTime: string) => evaluateCheck(check, ec2Instance({ image: ok({ deprecationTime }) }), { now: NOW })[0]!;

describe('ec2_instance_ami_not_deprecated (EC2-19)', () => {
  it('EC2-19 fails from the deprecation instant on, measured from the run\'s now', () => {
    expect(deprecatedAt('2025-06-30T00:00:00Z').message).toBe('i-0123456789abcdef0 runs ami-0abc, deprecated since 2025-06-30T00:00:00Z');
    expect(deprecatedAt('2025-06-30T00:00:01Z').status).toBe('PASS');
  });

  it('EC2-19 is UNKNOWN when the image was not collected at all, naming DescribeImages', () => {
    expect(evaluateCheck(check, ec2Instance({ image: undefined }))[0]?.message).toContain('DescribeImages returned no image');
  });
});

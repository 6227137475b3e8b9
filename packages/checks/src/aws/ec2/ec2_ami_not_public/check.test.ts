import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Image } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ami_not_public (EC2-25)', () => {
  it('EC2-25 accepts a public AMI listed in allowedPublicImageIds, and only that one', () => {
    const settings = { allowedPublicImageIds: ['ami-0abc'] };
    expect(evaluateCheck(check, ec2Image({ public: true }), { settings })[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, ec2Image({ public: true, imageId: 'ami-0def' }), { settings })[0]?.status).toBe('FAIL');
  });
});

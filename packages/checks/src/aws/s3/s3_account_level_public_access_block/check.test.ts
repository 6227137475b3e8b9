import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { s3Account } from '../lib/account-fixture';
import { ALL_BLOCKED } from '../lib/bucket-fixture';
import { check } from './check';

describe('s3_account_level_public_access_block (S3-01)', () => {
  it('S3-01 fails naming every flag that is off', () => {
    const [result] = evaluateCheck(check, s3Account({ publicAccessBlock: ok({ ...ALL_BLOCKED, blockPublicAcls: false, blockPublicPolicy: false }) }));
    expect(result?.message).toBe('Account-level S3 Block Public Access of 111122223333 has blockPublicAcls, blockPublicPolicy off');
  });

  it('S3-01 fails with only the ACL half on: policies can still publish buckets', () => {
    const aclsOnly = ok({ ...ALL_BLOCKED, blockPublicPolicy: false, restrictPublicBuckets: false });
    expect(evaluateCheck(check, s3Account({ publicAccessBlock: aclsOnly }))[0]?.status).toBe('FAIL');
  });
});

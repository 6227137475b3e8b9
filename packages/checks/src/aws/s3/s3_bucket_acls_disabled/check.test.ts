import { absent, ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

describe('s3_bucket_acls_disabled (S3-12)', () => {
  it('S3-12 fails for ObjectWriter, naming the ownership setting', () => {
    const [result] = evaluateCheck(check, s3Bucket({ name: 'logs', ownershipControls: ok({ objectOwnership: 'ObjectWriter' }) }));
    expect(result?.message).toBe('Bucket logs has ACLs enabled (Object Ownership ObjectWriter)');
  });

  it('S3-12 fails for a bucket without ownership controls even if its ACL is private', () => {
    expect(evaluateCheck(check, s3Bucket({ ownershipControls: absent() }))[0]?.status).toBe('FAIL');
  });

  it('S3-12 is UNKNOWN, not PASS, for a snapshot predating ownership collection', () => {
    expect(evaluateCheck(check, s3Bucket())[0]?.message).toContain('GetBucketOwnershipControls returned no ownershipControls');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { analyzer, analyzerRegion } from '../lib/analyzer-fixture';
import { ok } from '../lib/iam-fixture';
import { check } from './check';

describe('iam_access_analyzer_enabled (IAM-22)', () => {
  it('IAM-22 fails when the only analyzer is an unused-access one, naming it', () => {
    const [result] = evaluateCheck(check, analyzerRegion({ analyzers: ok([analyzer('unused', 'ACCOUNT_UNUSED_ACCESS')]) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('only unused (ACCOUNT_UNUSED_ACCESS, ACTIVE)');
  });

  it('IAM-22 passes for an organization analyzer', () => {
    expect(evaluateCheck(check, analyzerRegion({ analyzers: ok([analyzer('org', 'ORGANIZATION')]) }))[0]?.status).toBe('PASS');
  });
});

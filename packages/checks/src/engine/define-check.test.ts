import { describe, expect, it } from 'vitest';
import { defineCheck } from './define-check';
import { pass } from './result';
import { testMetadata } from './test-metadata.fixture';

const evaluate = () => pass('arn:aws:s3:::b', 'ok');

describe('defineCheck', () => {
  it('returns a frozen check with the given metadata and evaluate', () => {
    const check = defineCheck({ metadata: testMetadata({ compliance: { 'cis-aws-5.0.0': ['2.1.4'] } }), evaluate });
    expect(check.metadata.id).toBe('test_bucket_check');
    expect(check.evaluate).toBe(evaluate);
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(check.metadata)).toBe(true);
    expect(Object.isFrozen(check.metadata.settings)).toBe(true);
  });

  it.each([
    ['a title starting with "Ensure"', { title: 'Ensure buckets are private' }, /must not start with "Ensure"/],
    ['an id that is not snake_case', { id: 'S3BucketCheck' }, /id: id must be snake_case/],
    ['a short id not in the catalogue format', { shortId: 's3-1' }, /shortId/],
    ['a compliance control that does not exist', { compliance: { 'cis-aws-3.0.0': ['2.1.14'] } }, /cis-aws-3.0.0 has no control "2.1.14"/],
    ['an unknown framework', { compliance: { 'cis-aws-9': ['1.1'] } }, /Unrecognized key/],
    ['a reference that is not a URL', { references: ['see the wiki'] }, /references\.0/],
    ['a severity outside the enum', { severity: 'SEVERE' }, /severity/],
  ])('rejects %s', (_name, override, message) => {
    const metadata = { ...testMetadata(), ...override } as ReturnType<typeof testMetadata>;
    expect(() => defineCheck({ metadata, evaluate })).toThrow(message);
  });

  it('reports every problem at once, prefixed with the check id', () => {
    const metadata = { ...testMetadata(), title: 'Ensure x is y', references: [] as string[], risk: '' };
    let error: unknown;
    try {
      defineCheck({ metadata, evaluate });
    } catch (e) {
      error = e;
    }
    expect(String(error)).toMatch(/Invalid metadata for check test_bucket_check/);
    expect(String(error)).toMatch(/title:/);
    expect(String(error)).toMatch(/references:/);
    expect(String(error)).toMatch(/risk:/);
  });
});

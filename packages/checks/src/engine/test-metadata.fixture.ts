import type { CheckMetadata } from './define-check';

/** Valid metadata for checks defined inside engine tests; each test overrides what it is about. */
export function testMetadata<S extends CheckMetadata['settings'] = Record<string, never>>(
  overrides: Partial<CheckMetadata<S>> = {},
): CheckMetadata<S> & { resourceKind: 'aws.s3.bucket' } {
  return {
    id: 'test_bucket_check',
    shortId: 'S3-99',
    title: 'Test bucket is compliant',
    severity: 'MEDIUM',
    service: 's3',
    description: 'A check that exists only in the engine tests.',
    risk: 'None: it exists only in the engine tests.',
    remediation: { text: 'Nothing to remediate.', cli: 'aws s3api help', terraform: '# nothing to change' },
    references: ['https://example.com/test-check'],
    compliance: {},
    settings: {} as S,
    ...overrides,
    resourceKind: 'aws.s3.bucket',
  };
}

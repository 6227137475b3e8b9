import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { advancedS3Objects, classicS3Objects } from '../lib/s3-object-fixtures';
import { ok, trailAccount, trailView } from '../lib/account-fixture';
import { check } from './check';

const verdict = (...views: Parameters<typeof trailAccount>) => evaluateCheck(check, trailAccount(...views))[0];

describe('cloudtrail_s3_object_read_events_logged (ACC-06, CIS 3.9)', () => {
  it('ACC-06 passes when reads and writes are split across two trails, the reading one counting', () => {
    const writer = trailView({ trailName: 'writes', eventSelectors: ok(classicS3Objects('WriteOnly')) });
    const reader = trailView({ trailName: 'reads', eventSelectors: ok(classicS3Objects('ReadOnly')) });
    expect(verdict(writer, reader)?.message).toBe('Trail reads records S3 object-level read events for every bucket');
  });

  it('ACC-06 fails an advanced selector that excludes read-only calls', () => {
    expect(verdict(trailView({ eventSelectors: ok(advancedS3Objects({ field: 'readOnly', notEquals: ['true'] })) }))?.status).toBe('FAIL');
  });

  it('ACC-06 names each trail and why it does not count', () => {
    const result = verdict(trailView({ eventSelectors: ok(classicS3Objects('WriteOnly')) }));
    expect(result?.message).toBe('No multi-region logging trail records S3 object-level read events for every bucket: trail management: records no S3 object-level read events for every bucket');
  });
});

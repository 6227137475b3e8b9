import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { advancedS3Objects, classicS3Objects } from '../lib/s3-object-fixtures';
import { accessDenied, ok, trailAccount, trailConfiguration, trailView } from '../lib/account-fixture';
import { check } from './check';

const verdict = (...views: Parameters<typeof trailAccount>) => evaluateCheck(check, trailAccount(...views))[0];

describe('cloudtrail_s3_object_write_events_logged (ACC-06, CIS 3.8)', () => {
  it('ACC-06 passes ReadWriteType All and the arn:aws:s3::: spelling of "every bucket"', () => {
    expect(verdict(trailView({ eventSelectors: ok(classicS3Objects('All', ['arn:aws:s3:::'])) }))?.status).toBe('PASS');
  });

  it('ACC-06 fails a selector on some buckets only', () => {
    const result = verdict(trailView({ eventSelectors: ok(classicS3Objects('All', ['arn:aws:s3:::payroll/'])) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('records no S3 object-level write events for every bucket');
  });

  it('ACC-06 reads advanced selectors: no readOnly field records both; a bucket ARN condition narrows it', () => {
    expect(verdict(trailView({ eventSelectors: ok(advancedS3Objects()) }))?.status).toBe('PASS');
    expect(verdict(trailView({ eventSelectors: ok(advancedS3Objects({ field: 'resources.ARN', startsWith: ['arn:aws:s3:::'] })) }))?.status).toBe('PASS');
    expect(verdict(trailView({ eventSelectors: ok(advancedS3Objects({ field: 'resources.ARN', startsWith: ['arn:aws:s3:::payroll/'] })) }))?.status).toBe('FAIL');
    expect(verdict(trailView({ eventSelectors: ok(advancedS3Objects({ field: 'eventName', equals: ['PutObject'] })) }))?.status).toBe('FAIL');
  });

  it('ACC-06 fails when the trail recording the events has stopped logging', () => {
    expect(verdict(trailView({ eventSelectors: ok(classicS3Objects('All')), status: ok({ isLogging: false }) }))?.message).toContain('logging is stopped');
  });

  it('ACC-06 wants a multi-region trail unless requireMultiRegionTrail is off', () => {
    const single = trailAccount(trailView({ configuration: ok(trailConfiguration({ isMultiRegionTrail: false })), eventSelectors: ok(classicS3Objects('All')) }));
    expect(evaluateCheck(check, single)[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, single, { settings: { requireMultiRegionTrail: false } })[0]?.status).toBe('PASS');
  });

  it('ACC-06 is UNKNOWN when the event selectors could not be read', () => {
    const result = verdict(trailView({ eventSelectors: accessDenied('cloudtrail:GetEventSelectors') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('cloudtrail:GetEventSelectors failed with AccessDenied');
  });
});

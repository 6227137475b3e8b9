import type { AdvancedEventSelector, ClassicEventSelector } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ALL_MANAGEMENT, ok, trailAccount, trailConfiguration, trailView } from '../lib/account-fixture';
import { check } from './check';

const verdict = (...args: Parameters<typeof trailAccount>) => evaluateCheck(check, trailAccount(...args))[0];
const selectors = (selectors: ClassicEventSelector[], advancedSelectors: AdvancedEventSelector[] = []) => ok({ selectors, advancedSelectors });

describe('cloudtrail_multi_region_trail_logging (ACC-01)', () => {
  it('ACC-01 passes on a multi-region trail whose home region is not the scan region', () => {
    const result = verdict(trailView({ trailName: 'org', homeRegion: 'eu-central-1' }));
    expect(result?.status).toBe('PASS');
    expect(result?.message).toContain('home region eu-central-1');
  });

  it('ACC-01 fails when logging is stopped, naming the trail and why', () => {
    const result = verdict(trailView({ status: ok({ isLogging: false }) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toBe('No multi-region trail is logging management events: trail management: logging is stopped');
  });

  it('ACC-01 fails when the only trails are single-region, even in every region', () => {
    const single = (region: string) => trailView({ trailName: region, homeRegion: region, configuration: ok(trailConfiguration({ isMultiRegionTrail: false })) });
    const result = verdict(single('us-east-1'), single('eu-west-1'));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('single-region trail (records eu-west-1 only)');
  });

  it('ACC-01 fails for write-only management events unless requireReadEvents is off', () => {
    const writeOnly = trailAccount(trailView({ eventSelectors: selectors([{ ...ALL_MANAGEMENT, readWriteType: 'WriteOnly' }]) }));
    expect(evaluateCheck(check, writeOnly)[0]?.message).toContain('write-only management events only');
    expect(evaluateCheck(check, writeOnly, { settings: { requireReadEvents: false } })[0]?.status).toBe('PASS');
  });

  it('ACC-01 fails for a trail recording data events only (management events excluded)', () => {
    const dataOnly = selectors([{ ...ALL_MANAGEMENT, includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }]);
    expect(verdict(trailView({ eventSelectors: dataOnly }))?.message).toContain('records no management events');
  });

  it('ACC-01 reads advanced selectors: management events split over a read and a write selector pass, write-only fails', () => {
    const mgmt = (readOnly: string) => ({ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: [readOnly] }] });
    expect(verdict(trailView({ eventSelectors: selectors([], [mgmt('true'), mgmt('false')]) }))?.status).toBe('PASS');
    expect(verdict(trailView({ eventSelectors: selectors([], [mgmt('false')]) }))?.status).toBe('FAIL');
  });

  it('ACC-01 passes when one trail qualifies even if another cannot be read', () => {
    const unreadable = trailView({ trailName: 'other', status: accessDenied('cloudtrail:GetTrailStatus') });
    expect(verdict(unreadable, trailView())?.status).toBe('PASS');
  });

  it('ACC-01 is UNKNOWN, naming the API, when the trail that could qualify has an unreadable status', () => {
    const result = verdict(trailView({ status: accessDenied('cloudtrail:GetTrailStatus') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('the status of trail management: cloudtrail:GetTrailStatus failed with AccessDenied');
  });

  it('ACC-01 fails, not UNKNOWN, when a trail definitely misses even though another part is unreadable', () => {
    const single = trailView({ configuration: ok(trailConfiguration({ isMultiRegionTrail: false })), status: accessDenied('cloudtrail:GetTrailStatus') });
    expect(verdict(single)?.status).toBe('FAIL');
  });
});

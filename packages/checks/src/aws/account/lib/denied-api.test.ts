/**
 * One denied API must cost only the verdicts that depend on it (SECURITY.md X3): with GetEventSelectors denied, the
 * checks reading a trail's selectors say UNKNOWN and name it, every other account-level check still judges.
 */
import type { InventoryResource } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../engine/runner';
import { accessDenied, accountContacts, configRegion, trail, trailAccount, trailView } from './account-fixture';

const denied = accessDenied<never>('cloudtrail:GetEventSelectors');
const resources: InventoryResource[] = [
  trailAccount(trailView({ eventSelectors: denied })),
  trail({ eventSelectors: denied }),
  configRegion(),
  accountContacts(),
].map((resource, i) => ({ id: `r${i}`, resource }));

describe('X3 cloudtrail:GetEventSelectors denied', () => {
  const results = runChecks(resources, { now: new Date('2026-01-01T00:00:00Z') }).filter((r) => r.service === 'account');
  const statusOf = (checkId: string) => results.find((r) => r.checkId === checkId)?.status;

  it('X3 makes the checks that read event selectors UNKNOWN, naming the API', () => {
    for (const id of ['cloudtrail_multi_region_trail_logging', 'cloudtrail_s3_object_write_events_logged', 'cloudtrail_s3_object_read_events_logged', 'cloudwatch_alarm_root_usage']) {
      expect(statusOf(id), id).toBe('UNKNOWN');
      expect(results.find((r) => r.checkId === id)?.message, id).toContain('cloudtrail:GetEventSelectors failed with AccessDenied');
    }
  });

  it('X3 leaves the trail settings, its bucket, Config and the contact judged', () => {
    for (const id of ['cloudtrail_log_file_validation_enabled', 'cloudtrail_logs_kms_encrypted', 'cloudtrail_bucket_not_public', 'cloudtrail_bucket_access_logging_enabled', 'config_recorder_enabled_in_region', 'account_security_contact_registered']) {
      expect(statusOf(id), id).toBe('PASS');
    }
  });
});

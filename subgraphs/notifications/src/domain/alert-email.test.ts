import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import { describe, expect, it } from 'vitest';
import { alertSubject, composeAlertEmail, findingLink } from './alert-email';

const alert: AlertRaisedEvent = {
  orgId: '0b7c1f6e-0000-4000-8000-000000000001',
  alertId: 'alert-1',
  findingId: 'finding-1',
  kind: 'OPENED',
  severity: 'CRITICAL',
  checkId: 's3_bucket_public_access_blocked',
  title: 'S3 bucket allows public access',
  resourceArn: 'arn:aws:s3:::customer-data',
  accountId: '123456789012',
  region: 'eu-west-1',
  raisedAt: '2025-01-31T12:00:00.000Z',
};

describe('alert emails', () => {
  it('has a subject naming severity, title and resource', () => {
    expect(alertSubject(alert)).toBe('[CSPMEXA] CRITICAL: S3 bucket allows public access on arn:aws:s3:::customer-data');
  });

  it('keeps the subject on one line and bounded', () => {
    const subject = alertSubject({ ...alert, title: 'line\r\nBcc: x@evil.test', resourceArn: 'a'.repeat(500) });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject.length).toBeLessThanOrEqual(200);
  });

  it('has a body with check, resource, account, region, the rule and a link to the finding', () => {
    const { bodyText } = composeAlertEmail(alert, { publicUrl: 'https://cspm.example.com/', ruleName: 'SecOps' });
    expect(bodyText).toContain('S3 bucket allows public access (s3_bucket_public_access_blocked)');
    expect(bodyText).toContain('Resource: arn:aws:s3:::customer-data');
    expect(bodyText).toContain('Account:  123456789012');
    expect(bodyText).toContain('Region:   eu-west-1');
    expect(bodyText).toContain('https://cspm.example.com/findings/finding-1');
    expect(bodyText).toContain('"SecOps"');
    expect(bodyText).toContain('was opened');
  });

  it('says when a finding came back', () => {
    expect(composeAlertEmail({ ...alert, kind: 'REOPENED' }, { publicUrl: 'http://x', ruleName: 'r' }).bodyText).toContain('was reopened');
  });

  it('escapes the finding id in the link', () => {
    expect(findingLink('http://localhost:8050', 'a/b?c')).toBe('http://localhost:8050/findings/a%2Fb%3Fc');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { absent, accessDenied, accountContacts, ok } from '../lib/account-fixture';
import { check } from './check';

describe('account_security_contact_registered (ACC-08)', () => {
  it('ACC-08 names the contact it found', () => {
    expect(evaluateCheck(check, accountContacts())[0]?.message).toBe('Security alternate contact: Security team <security@example.com>');
  });

  it('ACC-08 fails when AWS has no SECURITY contact (ResourceNotFoundException is read as absent)', () => {
    expect(evaluateCheck(check, accountContacts({ securityContact: absent() }))[0]?.status).toBe('FAIL');
  });

  it('ACC-08 fails a contact without an email address', () => {
    expect(evaluateCheck(check, accountContacts({ securityContact: ok({ name: 'Bob' }) }))[0]?.message).toContain('no email address');
  });

  it('ACC-08 is UNKNOWN when the call is denied (e.g. an organization SCP on account:GetAlternateContact)', () => {
    expect(evaluateCheck(check, accountContacts({ securityContact: accessDenied('account:GetAlternateContact') }))[0]?.status).toBe('UNKNOWN');
  });
});

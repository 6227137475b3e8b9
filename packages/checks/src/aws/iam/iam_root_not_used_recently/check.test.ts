import { absent } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, accessKey, iamAccount, ok, rootEntry } from '../lib/iam-fixture';
import { check } from './check';

const NOW = new Date('2025-06-30T00:00:00Z');
const at = (iso: string) => ({ state: 'date' as const, at: iso });
const verdict = (root: Parameters<typeof rootEntry>[0], settings = {}) =>
  evaluateCheck(check, iamAccount({ root: ok(rootEntry(root)) }), { settings, now: NOW })[0]!;

describe('iam_root_not_used_recently (IAM-04)', () => {
  it('IAM-04 fails for a root sign-in inside the window, saying how long ago', () => {
    const result = verdict({ passwordLastUsed: at('2025-06-20T10:00:00Z') });
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('password 9 day(s) ago');
  });

  it('IAM-04 fails for recent use of either root access key', () => {
    const keys = [accessKey(1), accessKey(2, { active: true, lastRotated: at('2020-01-01T00:00:00Z'), lastUsed: at('2025-06-29T00:00:00Z') })] as const;
    expect(verdict({ passwordLastUsed: { state: 'not_applicable' }, accessKeys: [...keys] }).status).toBe('FAIL');
  });

  it('IAM-04 passes for use older than the window, and honours recentUseDays', () => {
    const old = { passwordLastUsed: at('2025-04-01T00:00:00Z') };
    expect(verdict(old).status).toBe('PASS');
    expect(verdict(old, { recentUseDays: 180 }).status).toBe('FAIL');
  });

  it('IAM-04 reads "N/A" and "no_information" as no recent use, never as a date', () => {
    expect(verdict({ passwordLastUsed: { state: 'not_applicable' } }).message).toContain('never');
    expect(verdict({ passwordLastUsed: { state: 'no_information' } }).status).toBe('PASS');
  });

  it('IAM-04 measures ages from the run\'s now, not the wall clock', () => {
    const signIn = { passwordLastUsed: at('2025-06-20T10:00:00Z') };
    const later = evaluateCheck(check, iamAccount({ root: ok(rootEntry(signIn)) }), { now: new Date('2025-09-01T00:00:00Z') })[0];
    expect(later?.status).toBe('PASS');
    expect(verdict(signIn).status).toBe('FAIL');
  });

  it('IAM-04 is UNKNOWN when the report is unreadable or has no <root_account> row', () => {
    const unreadable = evaluateCheck(check, iamAccount({ root: accessDenied('GetCredentialReport') }))[0];
    expect(unreadable?.message).toContain('GetCredentialReport failed with AccessDenied');
    expect(evaluateCheck(check, iamAccount({ root: absent() }))[0]?.status).toBe('UNKNOWN');
  });
});

import { absent } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, iamAccount, ok, rootEntry } from '../lib/iam-fixture';
import { check } from './check';

const verdict = (overrides: Parameters<typeof iamAccount>[0]) => evaluateCheck(check, iamAccount(overrides))[0]!;

describe('iam_root_mfa_enabled (IAM-01)', () => {
  it('IAM-01 passes on AccountMFAEnabled=1 and fails on 0, citing the summary', () => {
    expect(verdict({}).message).toContain('GetAccountSummary AccountMFAEnabled=1');
    expect(verdict({ summary: ok({ AccountMFAEnabled: 0 }) }).status).toBe('FAIL');
  });

  it('IAM-01 trusts the summary over the credential report, which may be hours old', () => {
    expect(verdict({ root: ok(rootEntry({ mfaActive: false })) }).status).toBe('PASS');
  });

  it('IAM-01 falls back to the <root_account> row when the summary is unreadable', () => {
    const result = verdict({ summary: accessDenied('GetAccountSummary'), root: ok(rootEntry({ mfaActive: false })) });
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('credential report <root_account>');
  });

  it('IAM-01 is UNKNOWN naming both APIs when neither source can be read', () => {
    const result = verdict({ summary: accessDenied('GetAccountSummary'), root: accessDenied('GetCredentialReport') });
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetAccountSummary failed with AccessDenied');
    expect(result.message).toContain('GetCredentialReport failed with AccessDenied');
  });

  it('IAM-01 is UNKNOWN, not PASS, when the summary lacks the key and the report has no root row', () => {
    expect(verdict({ summary: ok({ Users: 1 }), root: absent() }).status).toBe('UNKNOWN');
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, accessKey, dated, iamAccount, ok, rootEntry } from '../lib/iam-fixture';
import { check } from './check';

const verdict = (overrides: Parameters<typeof iamAccount>[0]) => evaluateCheck(check, iamAccount(overrides))[0]!;
const noSummary = { summary: accessDenied<Record<string, number>>('GetAccountSummary') };

describe('iam_root_no_access_keys (IAM-03)', () => {
  it('IAM-03 fails on AccountAccessKeysPresent=1 and passes on 0', () => {
    expect(verdict({ summary: ok({ AccountAccessKeysPresent: 1 }) }).status).toBe('FAIL');
    expect(verdict({}).status).toBe('PASS');
  });

  it('IAM-03 reads the <root_account> row (either key slot) when the summary is unreadable', () => {
    const keyIn2 = rootEntry({ accessKeys: [accessKey(1), accessKey(2, { active: true, lastRotated: dated(10) })] });
    expect(verdict({ ...noSummary, root: ok(keyIn2) }).status).toBe('FAIL');
    expect(verdict({ ...noSummary, root: ok(rootEntry()) }).status).toBe('PASS');
  });

  it('IAM-03 passes when the report lists root keys as inactive with N/A dates', () => {
    expect(verdict({ ...noSummary, root: ok(rootEntry({ accessKeys: [accessKey(1), accessKey(2)] })) }).message).toContain('<root_account>');
  });

  it('IAM-03 is UNKNOWN naming both sources when neither can be read', () => {
    const result = verdict({ ...noSummary, root: accessDenied('GetCredentialReport') });
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toMatch(/GetAccountSummary failed with AccessDenied.*GetCredentialReport failed with AccessDenied/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ACCOUNT_ID, iamAccount, ok } from '../lib/iam-fixture';
import { check } from './check';

const verdict = (overrides: Parameters<typeof iamAccount>[0]) => evaluateCheck(check, iamAccount(overrides))[0]!;

describe('iam_root_hardware_mfa_enabled (IAM-02)', () => {
  it('IAM-02 fails when a virtual device belongs to root (user ARN ending ":root")', () => {
    const result = verdict({ virtualMfaDevices: ok([{ serialNumber: `arn:aws:iam::${ACCOUNT_ID}:mfa/my-phone`, userArn: `arn:aws:iam::${ACCOUNT_ID}:root` }]) });
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('mfa/my-phone');
  });

  it('IAM-02 recognizes the root device by its serial when the user ARN is missing', () => {
    expect(verdict({ virtualMfaDevices: ok([{ serialNumber: `arn:aws:iam::${ACCOUNT_ID}:mfa/root-account-mfa-device` }]) }).status).toBe('FAIL');
  });

  it('IAM-02 passes with MFA on and virtual devices only for IAM users', () => {
    expect(verdict({ virtualMfaDevices: ok([{ serialNumber: 'x', userArn: `arn:aws:iam::${ACCOUNT_ID}:user/rooter` }]) }).status).toBe('PASS');
  });

  it('IAM-02 fails when root has no MFA at all, without needing the device list', () => {
    expect(verdict({ summary: ok({ AccountMFAEnabled: 0 }), virtualMfaDevices: accessDenied('ListVirtualMFADevices') }).status).toBe('FAIL');
  });

  it('IAM-02 is UNKNOWN naming ListVirtualMFADevices when the devices cannot be listed', () => {
    const result = verdict({ virtualMfaDevices: accessDenied('ListVirtualMFADevices') });
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('ListVirtualMFADevices failed with AccessDenied');
  });
});

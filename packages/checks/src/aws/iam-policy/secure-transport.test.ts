import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { insecureTransportDenialGap, mentionsSecureTransport } from './secure-transport';

const deny = (extra: Partial<PolicyStatement>): PolicyStatement => ({
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: '*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...extra,
});

describe('insecureTransportDenialGap', () => {
  it('accepts a Deny for everyone on aws:SecureTransport false, as a string, boolean or list, any key case', () => {
    expect(insecureTransportDenialGap(deny({}))).toBeUndefined();
    expect(insecureTransportDenialGap(deny({ Condition: { Bool: { 'aws:securetransport': false } } }))).toBeUndefined();
    expect(insecureTransportDenialGap(deny({ Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': ['false'] } } }))).toBeUndefined();
  });

  it('accepts BoolIfExists, since every request carries aws:SecureTransport', () => {
    expect(insecureTransportDenialGap(deny({ Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }))).toBeUndefined();
  });

  it('rejects an Allow on SecureTransport true, which cannot refuse HTTP granted elsewhere', () => {
    const allow = deny({ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } });
    expect(insecureTransportDenialGap(allow)).toMatch(/is an Allow/);
  });

  it('rejects a Deny that spares some principals or tests the wrong value', () => {
    expect(insecureTransportDenialGap(deny({ Principal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toMatch(/every principal/);
    expect(insecureTransportDenialGap(deny({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }))).toMatch(/every principal/);
    expect(insecureTransportDenialGap(deny({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))).toMatch(/does not test/);
    expect(insecureTransportDenialGap(deny({ Condition: undefined }))).toMatch(/does not test/);
  });

  it('rejects a Deny whose other ANDed conditions narrow it', () => {
    const narrowed = deny({ Condition: { Bool: { 'aws:SecureTransport': 'false' }, NumericLessThan: { 's3:TlsVersion': '1.2' } } });
    expect(insecureTransportDenialGap(narrowed)).toMatch(/ANDs other conditions/);
  });
});

describe('mentionsSecureTransport', () => {
  it('spots the key under any operator', () => {
    expect(mentionsSecureTransport(deny({ Condition: { StringEquals: { 'AWS:SecureTransport': 'false' } } }))).toBe(true);
    expect(mentionsSecureTransport(deny({ Condition: undefined }))).toBe(false);
  });
});

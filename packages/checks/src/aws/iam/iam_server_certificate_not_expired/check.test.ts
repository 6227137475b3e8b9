import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { serverCertificate } from '../lib/certificate-fixture';
import { check } from './check';

const NOW = new Date('2025-06-30T12:00:00Z');
const at = (expiration: string) => evaluateCheck(check, serverCertificate({ serverCertificateName: 'api', expiration }), { now: NOW })[0]!;

describe('iam_server_certificate_not_expired (IAM-21)', () => {
  it('IAM-21 fails at the expiry instant and passes one second before it', () => {
    expect(at('2025-06-30T12:00:00Z')).toMatchObject({ status: 'FAIL', message: 'Server certificate api expired on 2025-06-30T12:00:00Z' });
    expect(at('2025-06-30T12:00:01Z').status).toBe('PASS');
  });

  it('IAM-21 is UNKNOWN, not PASS, for an unparsable expiration', () => {
    expect(at('soon').status).toBe('UNKNOWN');
  });
});

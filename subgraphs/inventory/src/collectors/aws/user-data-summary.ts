/**
 * Summarizes EC2 user data without keeping it: size, digest and which secret patterns it contains. The text is
 * where people paste credentials, and the inventory is readable by every analyst, so it never leaves this file.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { UserDataSummary } from '@cspmexa/resources';

const secretPatterns: [name: string, pattern: RegExp][] = [
  ['aws-access-key-id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['aws-secret-access-key', /aws_?secret_?access_?key\s*[=:]/i],
  ['private-key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['password-assignment', /\b(?:password|passwd|pwd)\s*[=:]\s*\S+/i],
  ['token-assignment', /\b(?:api[_-]?key|auth[_-]?token|secret[_-]?key|client[_-]?secret)\s*[=:]\s*\S{8,}/i],
];

/** cloud-init accepts gzip-compressed user data; scan what the instance will actually run. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return zlib.gunzipSync(bytes).toString('utf8');
    } catch {
      // Not really gzip: fall through and scan the bytes as text.
    }
  }
  return bytes.toString('utf8');
}

export function summarizeUserData(base64: string): UserDataSummary {
  const bytes = Buffer.from(base64, 'base64');
  const text = decode(bytes);
  return {
    sizeBytes: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    secretIndicators: secretPatterns.filter(([, p]) => p.test(text)).map(([name]) => name),
  };
}

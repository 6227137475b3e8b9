/**
 * The deterministic identity of a finding (SECURITY.md X4): the same problem on the same resource always maps to
 * the same key, so rescans update one row instead of adding another. The org is part of the hash, so two tenants
 * scanning the same account can never share a row.
 */
import crypto from 'node:crypto';

export interface FindingKeyParts {
  orgId: string;
  accountId: string;
  region: string;
  checkId: string;
  resourceArn: string;
}

// Characters JSON.stringify would escape (quotes, backslashes, controls, surrogates): such parts take the slow path.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

export function findingKey(p: FindingKeyParts): string {
  // JSON of a fixed-order array: no separator can be smuggled inside a part to make two tuples collide. Built by
  // hand when no part needs escaping (byte for byte what JSON.stringify gives): this runs once per new finding.
  const parts = [p.orgId, p.accountId, p.region, p.checkId, p.resourceArn];
  const canonical = parts.some((x) => NEEDS_ESCAPE.test(x)) ? JSON.stringify(parts) : `["${parts.join('","')}"]`;
  // One-shot hash (Node >= 20.12): several times cheaper than createHash().update().digest() per call.
  return crypto.hash('sha256', canonical, 'hex');
}

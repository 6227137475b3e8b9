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

export function findingKey(p: FindingKeyParts): string {
  // JSON of a fixed-order array: no separator can be smuggled inside a part to make two tuples collide.
  const canonical = JSON.stringify([p.orgId, p.accountId, p.region, p.checkId, p.resourceArn]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}

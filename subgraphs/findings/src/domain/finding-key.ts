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
  // JSON of a fixed-order array: no separator can be smuggled inside a part to make two tuples collide.
  return hashCanonical(jsonPart(p.resourceArn, keyPrefix(jsonPart(p.orgId, '["'), p.accountId, p.region, p.checkId)) + '"]');
}

/**
 * The keys of one org's findings, many at a time (an evaluation makes one per new finding, hundreds of thousands
 * on a first scan): the JSON before the ARN is made once per (check, account, region) and reused, so a key costs
 * the ARN's escaping and the hash. Same keys as `findingKey`.
 */
export class FindingKeys {
  readonly #org: string;
  /** Per check id, the prefix of the latest (account, region) asked for: a scan's resources share a few. */
  readonly #prefixByCheck = new Map<string, { accountId: string; region: string; prefix: string }>();
  // The latest ARN and its JSON form: a resource's failing checks come one after another.
  #arn: string | undefined;
  #arnPart = '';

  constructor(orgId: string) {
    this.#org = jsonPart(orgId, '["');
  }

  of(accountId: string, region: string, checkId: string, resourceArn: string): string {
    let p = this.#prefixByCheck.get(checkId);
    if (p === undefined || p.accountId !== accountId || p.region !== region) {
      p = { accountId, region, prefix: keyPrefix(this.#org, accountId, region, checkId) };
      this.#prefixByCheck.set(checkId, p);
    }
    if (resourceArn !== this.#arn) {
      this.#arn = resourceArn;
      this.#arnPart = jsonPart(resourceArn, '');
    }
    return hashCanonical(`${p.prefix}${this.#arnPart}"]`);
  }
}

/** The canonical JSON up to the opening quote of the ARN, after the org's part (`["org`). */
function keyPrefix(org: string, accountId: string, region: string, checkId: string): string {
  return `${org}${jsonPart(accountId, '","')}${jsonPart(region, '","')}${jsonPart(checkId, '","')}","`;
}

/** `opening` then the part as inside a JSON string (byte for byte what JSON.stringify writes); most need no escaping. */
function jsonPart(part: string, opening: string): string {
  return opening + (NEEDS_ESCAPE.test(part) ? JSON.stringify(part).slice(1, -1) : part);
}

function hashCanonical(canonical: string): string {
  // One-shot hash (Node >= 20.12): several times cheaper than createHash().update().digest() per call.
  return crypto.hash('sha256', canonical, 'hex');
}

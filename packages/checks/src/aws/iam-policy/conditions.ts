import type { PolicyStatement } from '@cspmexa/resources';
import { coversEveryAddress } from './ip-coverage';

export interface ConditionEntry {
  /** As written, e.g. 'ForAnyValue:StringLikeIfExists'. */
  operator: string;
  key: string;
  values: readonly string[];
}

/** Condition keys that, with fixed values, limit an `Allow *` to a network, organisation or account. */
export const DEFAULT_RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:SourceVpce',
  'aws:SourceVpc',
  'aws:SourceIp',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOwner',
  'aws:SourceOrgID',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
];

export function conditionEntries(statement: PolicyStatement): ConditionEntry[] {
  const entries: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(statement.Condition ?? {})) {
    for (const [key, raw] of Object.entries(block)) {
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      entries.push({ operator, key, values });
    }
  }
  return entries;
}

/**
 * True when the entry really narrows who can use the statement. Each exclusion is a way a condition that
 * mentions a restricting key still lets anonymous callers through:
 * - negated operators (StringNotEquals, NotIpAddress, ...) allow everyone *except* the listed values;
 * - `...IfExists` and `ForAllValues:` are satisfied when the key is absent, as it is for anonymous requests;
 * - `Null` only tests presence; any VPC endpoint or any organisation would do;
 * - a value that is not fixed (see isFixedValue), or aws:SourceIp ranges covering every address of a family.
 */
export function isRestricting(entry: ConditionEntry, restrictingKeys: ReadonlySet<string>): boolean {
  if (!restrictingKeys.has(entry.key.toLowerCase()) || !isNarrowingOperator(entry.operator)) return false;
  if (entry.values.length === 0 || !entry.values.every((v) => isFixedValue(entry, v))) return false;
  return entry.key.toLowerCase() !== 'aws:sourceip' || !coversEveryAddress(entry.values);
}

/** False for the operators a request satisfies without carrying one of the listed values (see isRestricting). */
export function isNarrowingOperator(operator: string): boolean {
  if (/^ForAllValues:/i.test(operator)) return false;
  const base = operator.replace(/^ForAnyValue:/i, '');
  return !(/IfExists$/i.test(base) || /not/i.test(base) || /^Null$/i.test(base));
}

/**
 * AWS counts a policy as non-public only when its conditions test fixed values: no wildcard and no policy
 * variable. `o-*`, `vpce-*`, `arn:aws:iam::*:role/x` or `${aws:PrincipalAccount}` each match callers of any
 * organisation, endpoint or account. `*` is treated as a wildcard under every operator, as AWS does; `?` only
 * under the Like operators, where it is one. One exception keeps a common policy from being called public: an
 * ARN key whose value pins the 12-digit account (`arn:aws:iam::111122223333:role/ci-*`) admits principals of
 * that account only, which may be cross-account access (judged elsewhere) but is not anonymous access.
 */
export function isFixedValue(entry: ConditionEntry, value: string): boolean {
  if (value.includes('${')) return false;
  if (ARN_KEYS.has(entry.key.toLowerCase()) && ACCOUNT_PINNED_ARN.test(value)) return true;
  if (value.includes('*')) return false;
  return !(value.includes('?') && /Like$/i.test(entry.operator.replace(/IfExists$/i, '')));
}

const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn']);
// arn:<partition>:<service>:<region>:<12 digits>:<anything>; the partition, service and region may not be wildcards.
const ACCOUNT_PINNED_ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:/i;

// Key lists are check settings, the same array for a whole run: lower-case each list once, not per statement.
const loweredKeySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function loweredKeys(keys: readonly string[]): ReadonlySet<string> {
  let set = loweredKeySets.get(keys);
  if (set === undefined) {
    set = new Set(keys.map((k) => k.toLowerCase()));
    loweredKeySets.set(keys, set);
  }
  return set;
}

/** The entries of `statement` that restrict it; conditions are ANDed, so one is enough to make it non-public. */
export function restrictingConditions(statement: PolicyStatement, keys: readonly string[]): ConditionEntry[] {
  const condition = statement.Condition;
  if (condition === undefined) return [];
  const lowered = loweredKeys(keys);
  const found: ConditionEntry[] = [];
  // Skip keys that cannot restrict before materialising an entry: most conditions (SecureTransport, ACL
  // headers) never reach isRestricting, and this runs for every statement of every bucket in a scan.
  for (const operator in condition) {
    const block = condition[operator];
    for (const key in block) {
      if (!lowered.has(key.toLowerCase())) continue;
      const raw = block[key];
      const entry = { operator, key, values: Array.isArray(raw) ? raw.map(String) : [String(raw)] };
      if (isRestricting(entry, lowered)) found.push(entry);
    }
  }
  return found;
}

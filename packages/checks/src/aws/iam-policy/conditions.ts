import type { PolicyStatement } from '@cspmexa/resources';

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

const MATCH_ALL_IPS = new Set(['0.0.0.0/0', '::/0']);

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
 * - a value of `*` (or 0.0.0.0/0, ::/0 for IPs) matches every caller.
 */
export function isRestricting(entry: ConditionEntry, restrictingKeys: ReadonlySet<string>): boolean {
  if (!restrictingKeys.has(entry.key.toLowerCase())) return false;
  if (/^ForAllValues:/i.test(entry.operator)) return false;
  const base = entry.operator.replace(/^ForAnyValue:/i, '');
  if (/IfExists$/i.test(base) || /not/i.test(base) || /^Null$/i.test(base)) return false;
  if (entry.values.length === 0) return false;
  return entry.values.every((v) => !/^[*?]+$/.test(v) && !MATCH_ALL_IPS.has(v.trim()));
}

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

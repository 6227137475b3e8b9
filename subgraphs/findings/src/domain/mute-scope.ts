/**
 * What a mute rule covers, and the one definition of "matches" used when a scan evaluates findings. The SQL form
 * (db/mute-store.ts, for existing findings) implements the same clauses; test/mute-rules.int.test.ts runs both over
 * the same cases so the two cannot drift apart.
 */

/** The scope of a rule. Every given field must match; an omitted (null) field matches everything. */
export interface MuteScope {
  checkIds: readonly string[] | null;
  /** AwsAccount ids or 12-digit AWS account ids. */
  accountIds: readonly string[] | null;
  regions: readonly string[] | null;
  /** Glob over the resource ARN or inventory id: `*` any run of characters, `?` exactly one. */
  resourcePattern: string | null;
  /** Every listed tag must be on the resource with this value. */
  tags: Readonly<Record<string, string>> | null;
  /** Bulk mute: exactly these findings (deterministic keys). */
  findingKeys: readonly string[] | null;
}

export interface ActiveMuteRule extends MuteScope {
  id: string;
  reason: string;
  createdAt: Date;
  expiresAt: Date | null;
}

/** What a rule is matched against: the identity of a finding and its resource's tags. */
export interface MuteTarget {
  findingKey: string;
  checkId: string;
  accountId: string;
  inventoryAccountId: string;
  region: string;
  resourceArn: string;
  resourceId: string;
  tags: Readonly<Record<string, string>>;
}

/** `*` and `?` are the only wildcards; LIKE's own `%`, `_` and `\` in the glob are literals. */
export function globToLike(glob: string): string {
  return glob.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%').replace(/\?/g, '_');
}

export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, (c) => `\\${c}`).replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
  return new RegExp(`^${body}$`);
}

const globCache = new Map<string, RegExp>();
function globMatches(glob: string, value: string): boolean {
  let re = globCache.get(glob);
  if (!re) {
    re = globToRegExp(glob);
    if (globCache.size > 1000) globCache.clear();
    globCache.set(glob, re);
  }
  return re.test(value);
}

export function matchesScope(scope: MuteScope, t: MuteTarget): boolean {
  if (scope.checkIds && !scope.checkIds.includes(t.checkId)) return false;
  if (scope.accountIds && !scope.accountIds.includes(t.accountId) && !scope.accountIds.includes(t.inventoryAccountId)) return false;
  if (scope.regions && !scope.regions.includes(t.region)) return false;
  if (scope.resourcePattern && !globMatches(scope.resourcePattern, t.resourceArn) && !globMatches(scope.resourcePattern, t.resourceId)) return false;
  if (scope.tags && !Object.entries(scope.tags).every(([k, v]) => Object.hasOwn(t.tags, k) && t.tags[k] === v)) return false;
  if (scope.findingKeys && !scope.findingKeys.includes(t.findingKey)) return false;
  return true;
}

/** The oldest live rule that matches (the same order the SQL uses), so a finding is attributed deterministically. */
export function firstMatchingRule(rules: readonly ActiveMuteRule[], target: MuteTarget, now: Date): ActiveMuteRule | undefined {
  let best: ActiveMuteRule | undefined;
  for (const rule of rules) {
    if (rule.expiresAt && rule.expiresAt.getTime() <= now.getTime()) continue;
    if (!matchesScope(rule, target)) continue;
    if (!best || rule.createdAt < best.createdAt || (rule.createdAt.getTime() === best.createdAt.getTime() && rule.id < best.id)) best = rule;
  }
  return best;
}

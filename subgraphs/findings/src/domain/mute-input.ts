/**
 * Validation of what a person asks to mute. A rule needs a reason (the audit question is "why was this
 * accepted?") and at least one scope: a rule with none would silence every finding of the org, present and future.
 */
import { AppError } from '@cspmexa/server-kit';
import { globToLike } from './mute-scope';

export interface MuteRuleInput {
  reason: string;
  checkIds?: readonly string[] | null;
  accountIds?: readonly string[] | null;
  regions?: readonly string[] | null;
  resourcePattern?: string | null;
  tags?: readonly { key: string; value: string }[] | null;
  expiresAt?: Date | null;
}

/** A valid rule, as stored (mutable arrays: drizzle's insert type). */
export interface ValidMuteRule {
  reason: string;
  checkIds: string[] | null;
  accountIds: string[] | null;
  regions: string[] | null;
  resourcePattern: string | null;
  tags: Record<string, string> | null;
  findingKeys: string[] | null;
  resourceLike: string | null;
  expiresAt: Date | null;
}

const MAX_VALUES = 100;
const MAX_REASON = 1000;
const MAX_PATTERN = 2048;
const MAX_TAGS = 20;

const bad = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

export function validReason(reason: string): string {
  const text = reason.trim();
  if (text.length < 3) throw bad('reason', 'Give a reason for the mute (at least 3 characters).');
  if (text.length > MAX_REASON) throw bad('reason', `The reason must be at most ${MAX_REASON} characters.`);
  return text;
}

export function validExpiry(expiresAt: Date | null | undefined, now: Date): Date | null {
  if (!expiresAt) return null;
  if (expiresAt.getTime() <= now.getTime()) throw bad('expiresAt', '`expiresAt` must be in the future.');
  return expiresAt;
}

function list(field: string, values: readonly string[] | null | undefined): string[] | null {
  if (!values || values.length === 0) return null;
  if (values.length > MAX_VALUES) throw bad(field, `\`${field}\` accepts at most ${MAX_VALUES} values.`);
  const cleaned = [...new Set(values.map((v) => v.trim()))];
  if (cleaned.some((v) => v === '' || v.length > 256)) throw bad(field, `\`${field}\` values must be 1 to 256 characters.`);
  return cleaned;
}

function tagMap(tags: MuteRuleInput['tags']): Record<string, string> | null {
  if (!tags || tags.length === 0) return null;
  if (tags.length > MAX_TAGS) throw bad('tags', `At most ${MAX_TAGS} tags.`);
  const out: Record<string, string> = {};
  for (const { key, value } of tags) {
    if (key.trim() === '' || key.length > 128 || value.length > 256) throw bad('tags', 'Tag keys are 1 to 128 characters, values at most 256.');
    // Defined, not assigned: `__proto__` is a valid AWS tag key, and `out[key] = value` would set the prototype
    // instead, leaving `{}`, a tag scope every resource satisfies.
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Check ids must name checks of the catalogue: a mistyped id would store a rule that silently mutes nothing, and
 * the person would believe the risk handled. (Account ids are not checked: this subgraph only knows the accounts it
 * has evaluated, and a rule may rightly be written for an account before its first scan.)
 */
function knownChecks(checkIds: string[] | null, isKnownCheck: (id: string) => boolean): string[] | null {
  const unknown = checkIds?.filter((id) => !isKnownCheck(id)) ?? [];
  if (unknown.length > 0) throw bad('checkIds', `Unknown check id${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).join(', ')}.`);
  return checkIds;
}

export function validMuteRule(input: MuteRuleInput, now: Date, isKnownCheck: (id: string) => boolean): ValidMuteRule {
  const pattern = input.resourcePattern?.trim() || null;
  if (pattern && pattern.length > MAX_PATTERN) throw bad('resourcePattern', `\`resourcePattern\` must be at most ${MAX_PATTERN} characters.`);
  if (pattern && /^[*?]*$/.test(pattern)) throw bad('resourcePattern', '`resourcePattern` must name something besides wildcards.');
  const rule: ValidMuteRule = {
    reason: validReason(input.reason),
    checkIds: knownChecks(list('checkIds', input.checkIds), isKnownCheck),
    accountIds: list('accountIds', input.accountIds),
    regions: list('regions', input.regions),
    resourcePattern: pattern,
    resourceLike: pattern ? globToLike(pattern) : null,
    tags: tagMap(input.tags),
    findingKeys: null,
    expiresAt: validExpiry(input.expiresAt, now),
  };
  if (!rule.checkIds && !rule.accountIds && !rule.regions && !rule.resourcePattern && !rule.tags) {
    throw bad('input', 'Scope the rule (checks, accounts, regions, resource pattern or tags): a rule without scope would mute everything.');
  }
  return rule;
}

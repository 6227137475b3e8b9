/**
 * The scope form's values turned into `CreateMuteRuleInput`, with the server's rules checked first so the person
 * gets each message at its field: a reason (3-1000 characters), at least one scope (a rule without scope would
 * mute everything), tags as `key=value` lines, an optional expiry day. The server validates again.
 */
import type { CreateMuteRuleInput } from '../../gql/graphql';
import { muteReasonError, parseMuteExpiry } from '../findings/muteExpiry';

export interface MuteRuleFormValues {
  reason: string;
  checkIds: string[];
  accountIds: string[];
  regions: string[];
  resourcePattern: string;
  /** One `key=value` per line. */
  tags: string;
  /** YYYY-MM-DD (through that local day), or '' for no expiry. */
  expiryDay: string;
}

export const EMPTY_MUTE_RULE_FORM: MuteRuleFormValues = {
  reason: '',
  checkIds: [],
  accountIds: [],
  regions: [],
  resourcePattern: '',
  tags: '',
  expiryDay: '',
};

/** The form fields a message can belong to; `scope` is the form as a whole. */
export type MuteRuleField = 'reason' | 'scope' | 'checkIds' | 'accountIds' | 'regions' | 'resourcePattern' | 'tags' | 'expiresAt';
export type MuteRuleFormErrors = Partial<Record<MuteRuleField, string>>;

const MAX_TAGS = 20;

export function parseTags(text: string): { ok: true; tags: { key: string; value: string }[] } | { ok: false; message: string } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const tags: { key: string; value: string }[] = [];
  for (const line of lines) {
    const at = line.indexOf('=');
    const key = at < 0 ? '' : line.slice(0, at).trim();
    if (!key) return { ok: false, message: `Write each tag as key=value ("${line}" has no key).` };
    tags.push({ key, value: line.slice(at + 1).trim() });
  }
  if (tags.length > MAX_TAGS) return { ok: false, message: `At most ${MAX_TAGS} tags.` };
  return { ok: true, tags };
}

const nonEmpty = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];

export function toMuteRuleInput(
  values: MuteRuleFormValues,
  now: Date,
): { ok: true; input: CreateMuteRuleInput } | { ok: false; errors: MuteRuleFormErrors } {
  const errors: MuteRuleFormErrors = {};
  const reasonError = muteReasonError(values.reason);
  if (reasonError) errors.reason = reasonError;
  const tags = parseTags(values.tags);
  if (!tags.ok) errors.tags = tags.message;
  const expiry = parseMuteExpiry(values.expiryDay, now);
  if (!expiry.ok) errors.expiresAt = expiry.message;
  const pattern = values.resourcePattern.trim();
  if (pattern && /^[*?]+$/.test(pattern)) errors.resourcePattern = 'Name something besides wildcards, e.g. arn:aws:s3:::logs-*.';
  const input: CreateMuteRuleInput = {
    reason: values.reason.trim(),
    ...(nonEmpty(values.checkIds).length > 0 && { checkIds: nonEmpty(values.checkIds) }),
    ...(nonEmpty(values.accountIds).length > 0 && { accountIds: nonEmpty(values.accountIds) }),
    ...(nonEmpty(values.regions).length > 0 && { regions: nonEmpty(values.regions) }),
    ...(pattern && { resourcePattern: pattern }),
    ...(tags.ok && tags.tags.length > 0 && { tags: tags.tags }),
    ...(expiry.ok && expiry.expiresAt && { expiresAt: expiry.expiresAt }),
  };
  const scoped = input.checkIds || input.accountIds || input.regions || input.resourcePattern || input.tags;
  if (!scoped && !errors.tags && !errors.resourcePattern) {
    errors.scope = 'Choose at least one scope (checks, accounts, regions, resource pattern or tags): a rule without scope would mute everything.';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** Where a server BAD_USER_INPUT belongs (`extensions.field`), so its message shows at that field. */
export function fieldOfServerError(field: unknown): MuteRuleField {
  const known: readonly MuteRuleField[] = ['reason', 'checkIds', 'accountIds', 'regions', 'resourcePattern', 'tags', 'expiresAt'];
  return known.find((candidate) => candidate === field) ?? 'scope';
}

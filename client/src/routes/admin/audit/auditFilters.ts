import type { AuditEventFilter } from '../../../gql/graphql';

/** The audit log's filters as they live in the URL: `?action=login.failed&actor=<id>&from=2026-01-01&to=2026-01-31`. */
export interface AuditFilterParams {
  action: string;
  actor: string;
  from: string;
  to: string;
}

const KEYS = ['action', 'actor', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilterParams(search: URLSearchParams): AuditFilterParams {
  const value = (key: (typeof KEYS)[number]) => search.get(key)?.trim() ?? '';
  const day = (key: 'from' | 'to') => (DAY.test(value(key)) ? value(key) : '');
  return { action: value('action'), actor: value('actor'), from: day('from'), to: day('to') };
}

/** Only non-empty filters go in the URL, so a shared link stays short and readable. */
export function writeAuditFilterParams(params: AuditFilterParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) if (params[key]) search.set(key, params[key]);
  return search;
}

/**
 * The API filter. Dates are whole UTC days, `to` inclusive (its last millisecond), matching the UTC times the
 * log shows in its details. Several actions may be given comma-separated.
 */
export function toAuditEventFilter(params: AuditFilterParams): AuditEventFilter | undefined {
  const filter: AuditEventFilter = {};
  const actions = params.action.split(',').map((action) => action.trim()).filter(Boolean);
  if (actions.length > 0) filter.actions = actions;
  if (params.actor) filter.actorId = params.actor;
  if (params.from) filter.since = `${params.from}T00:00:00.000Z`;
  if (params.to) filter.until = `${params.to}T23:59:59.999Z`;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

export interface ActionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The action filter's choices, grouped by what was acted on (`aws_account.created` under `aws_account`), in the
 * server's order. A value from a shared link that is not a single known name (several, comma-separated) stays
 * selectable as it is.
 */
export function actionChoices(actions: readonly string[], current: string): ActionGroup[] {
  const groups = new Map<string, ActionGroup>();
  for (const action of actions) {
    const area = action.includes('.') ? action.slice(0, action.indexOf('.')) : action;
    const group = groups.get(area) ?? { group: area, items: [] };
    group.items.push({ value: action, label: action });
    groups.set(area, group);
  }
  const choices = [...groups.values()];
  if (current && !actions.includes(current)) choices.unshift({ group: 'From the link', items: [{ value: current, label: current }] });
  return choices;
}

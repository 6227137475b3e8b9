/**
 * Checks of what a findings list is asked for: filter bounds, the framework control (resolved to its checks from
 * the catalogue), the order, and that a cursor was issued by us for that same order.
 */
import { AppError, decodeCursor } from '@cspmexa/server-kit';
import type { FrameworkId } from '@cspmexa/checks';
import type { FindingFilter } from '../db/finding-filter';
import { DEFAULT_ORDER, orderKeys, type FindingOrder } from '../db/finding-order';
import { severityEnum } from '../db/schema';
import { checksForControl, checksMatchingText } from './evaluate';
import { isUuid } from './org-scope';

const MAX_SEARCH_LENGTH = 200;
const MAX_FILTER_VALUES = 100;

/** `FindingFilter` as the API takes it: a framework control and a text instead of resolved check ids. */
export interface FindingFilterInput extends Omit<FindingFilter, 'controlCheckIds' | 'searchCheckIds'> {
  control?: { framework: FrameworkId; controlId: string } | null;
}

export function checkFilter(input: FindingFilterInput | null | undefined): FindingFilter {
  const { control, ...f } = input ?? {};
  const lists = { severities: f.severities, statuses: f.statuses, checkIds: f.checkIds, accountIds: f.accountIds, services: f.services, regions: f.regions };
  for (const [field, list] of Object.entries(lists)) {
    if (list && list.length > MAX_FILTER_VALUES) {
      throw new AppError('BAD_USER_INPUT', `\`${field}\` accepts at most ${MAX_FILTER_VALUES} values.`, { field });
    }
  }
  if (f.search && f.search.length > MAX_SEARCH_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `\`search\` must be at most ${MAX_SEARCH_LENGTH} characters.`, { field: 'search' });
  }
  const text = f.search?.trim();
  const resolved: FindingFilter = text ? { ...f, searchCheckIds: checksMatchingText(text).map((c) => c.id) } : f;
  // No rule has an id that is not a UUID: match nothing, without handing PostgreSQL a value its uuid column
  // cannot cast (that would be an internal error, not an empty page).
  if (f.muteRuleId && !isUuid(f.muteRuleId)) return { ...resolved, muteRuleId: null, controlCheckIds: [] };
  return control ? { ...resolved, controlCheckIds: checksForControl(control.framework, control.controlId).map((c) => c.id) } : resolved;
}

export function checkOrder(order: Partial<FindingOrder> | null | undefined): FindingOrder {
  if (!order) return DEFAULT_ORDER;
  const field = order.field ?? DEFAULT_ORDER.field;
  return { field, direction: order.direction ?? (field === 'SEVERITY' ? 'ASC' : 'DESC') };
}

const invalidCursor = () => new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });

/** A cursor is [field, direction, ...key values]; it must belong to the order of this request. */
export function positionOf(order: FindingOrder, cursor: string | null | undefined): (string | Date)[] | null {
  const parts = decodeCursor(cursor);
  if (!parts) return null;
  const [field, direction, ...values] = parts;
  const keys = orderKeys(order);
  if (field !== order.field || direction !== order.direction || values.length !== keys.length) throw invalidCursor();
  return keys.map((key, i) => {
    const v = values[i];
    if (typeof v !== 'string') throw invalidCursor();
    if (key.column.name === 'severity') {
      if (!(severityEnum.enumValues as readonly string[]).includes(v)) throw invalidCursor();
      return v;
    }
    if (key.column.name === 'id') {
      if (!isUuid(v)) throw invalidCursor();
      return v;
    }
    const at = new Date(v);
    if (Number.isNaN(at.getTime())) throw invalidCursor();
    return at;
  });
}

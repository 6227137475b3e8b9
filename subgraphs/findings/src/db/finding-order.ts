/**
 * The sort orders of the findings list and their keyset cursors. Each order ends with the id, so positions are
 * total and a cursor stays valid while findings are added or updated (no OFFSET: a page never skips or repeats
 * a row that did not move). Severity sorts by the enum's declaration order: ASC is most severe first.
 */
import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { findings, type FindingRow } from './schema';

export type SortField = 'SEVERITY' | 'LAST_SEEN_AT' | 'FIRST_SEEN_AT';
export type SortDirection = 'ASC' | 'DESC';
export interface FindingOrder {
  field: SortField;
  direction: SortDirection;
}

/** Most severe first, then most recently seen: the default of the triage page. */
export const DEFAULT_ORDER: FindingOrder = { field: 'SEVERITY', direction: 'ASC' };

type Key = { column: PgColumn; dir: SortDirection; value: (r: FindingRow) => string | Date };

/** The columns of an order, primary first; the tie-breakers keep the default's "recent first". */
export function orderKeys(order: FindingOrder): Key[] {
  const id: Key = { column: findings.id, dir: 'DESC', value: (r) => r.id };
  const lastSeen = (dir: SortDirection): Key => ({ column: findings.lastSeenAt, dir, value: (r) => r.lastSeenAt });
  switch (order.field) {
    case 'SEVERITY':
      return [{ column: findings.severity, dir: order.direction, value: (r) => r.severity }, lastSeen('DESC'), id];
    case 'LAST_SEEN_AT':
      return [lastSeen(order.direction), { ...id, dir: order.direction }];
    case 'FIRST_SEEN_AT':
      return [{ column: findings.firstSeenAt, dir: order.direction, value: (r) => r.firstSeenAt }, { ...id, dir: order.direction }];
  }
}

export function orderBy(order: FindingOrder): SQL[] {
  return orderKeys(order).map((k) => (k.dir === 'ASC' ? asc(k.column) : desc(k.column)));
}

/** Rows strictly after `position` (the values of the keys of the last row seen), in lexicographic order. */
export function after(order: FindingOrder, position: readonly (string | Date)[]): SQL {
  const keys = orderKeys(order);
  const build = (i: number): SQL => {
    const k = keys[i]!;
    const v = position[i]!;
    const beyond = k.dir === 'ASC' ? gt(k.column, v) : lt(k.column, v);
    return i === keys.length - 1 ? beyond : or(beyond, and(eq(k.column, v), build(i + 1)))!;
  };
  return build(0);
}

/** The cursor of a row: the order it was issued for, then its key values (dates as ISO strings). */
export function cursorOf(order: FindingOrder, row: FindingRow): string[] {
  return [order.field, order.direction, ...orderKeys(order).map((k) => {
    const v = k.value(row);
    return v instanceof Date ? v.toISOString() : v;
  })];
}

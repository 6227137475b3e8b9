/** Relay-style cursor pagination helpers shared by every list (`edges { node cursor }`, `pageInfo`, `totalCount`). */
import { AppError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Caps `first` (G1: a page is at most 100) and refuses nonsense. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw new AppError('BAD_USER_INPUT', '`first` must be a positive integer.', { field: 'first' });
  if (first > MAX_PAGE_SIZE) throw new AppError('BAD_USER_INPUT', `\`first\` must be at most ${MAX_PAGE_SIZE}.`, { field: 'first' });
  return first;
}

export function encodeCursor(parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string' || typeof p === 'number')) throw new Error('shape');
    return parts as (string | number)[];
  } catch {
    throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  }
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** Builds a connection from `limit + 1` fetched rows (the extra row tells whether there is a next page). */
export function toConnection<T>(rows: T[], limit: number, totalCount: number, cursorOf: (row: T) => (string | number)[]): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
    totalCount,
  };
}

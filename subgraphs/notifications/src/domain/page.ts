/** Turns `first`/`after` into a store page request, and store rows into a connection (newest first). */
import { AppError, decodeCursor, pageSize, toConnection, type Connection } from '@cspmexa/server-kit';
import type { PageKey, PageRequest } from '../db/keyset';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = pageSize(first);
  const parts = decodeCursor(after);
  if (!parts) return { limit, after: null };
  const [createdAt, id] = parts;
  const date = typeof createdAt === 'string' ? new Date(createdAt) : null;
  // A forged cursor must be refused here, not reach SQL as an invalid uuid or timestamp (which would be a 500).
  if (parts.length !== 2 || !date || Number.isNaN(date.getTime()) || typeof id !== 'string' || !isUuid(id)) {
    throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  }
  return { limit, after: { createdAt: date, id } };
}

export function toPage<T extends PageKey>(rows: T[], page: PageRequest, totalCount: number): Connection<T> {
  return toConnection(rows, page.limit, totalCount, (row) => [row.createdAt.toISOString(), row.id]);
}

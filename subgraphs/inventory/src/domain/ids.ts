/** Checks on client-supplied ids and cursors, so that malformed input is a clean "not found"/bad input, not a SQL error. */
import { AppError, decodeCursor } from '@cspmexa/server-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

const badCursor = () => new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });

/** Decodes a `[timestamp ISO, id]` cursor. */
export function decodeTimeCursor(after: string | null | undefined): { at: Date; id: string } | null {
  const parts = decodeCursor(after);
  if (!parts) return null;
  const [iso, id] = parts;
  if (parts.length !== 2 || typeof iso !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw badCursor();
  return { at, id };
}

/** Decodes a `[text key, id]` cursor. */
export function decodeKeyCursor(after: string | null | undefined): { key: string; id: string } | null {
  const parts = decodeCursor(after);
  if (!parts) return null;
  const [key, id] = parts;
  if (parts.length !== 2 || typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) throw badCursor();
  return { key, id };
}

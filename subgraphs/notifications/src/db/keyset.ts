/** Keyset pagination over (created_at, id), newest first: stable under inserts, no OFFSET scans. */
import { desc, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface PageKey {
  createdAt: Date;
  id: string;
}

export interface PageRequest {
  /** Rows to return; stores fetch one more to tell whether a next page exists. */
  limit: number;
  after: PageKey | null;
}

export function olderThan(createdAt: PgColumn, id: PgColumn, key: PageKey): SQL {
  // Parameters as text with explicit casts: both drivers (pg, PGlite) then agree on how a timestamp is sent.
  return sql`(${createdAt}, ${id}) < (${key.createdAt.toISOString()}::timestamptz, ${key.id}::uuid)`;
}

export function newestFirst(createdAt: PgColumn, id: PgColumn): SQL[] {
  return [desc(createdAt), desc(id)];
}

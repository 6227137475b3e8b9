/**
 * Many rows as one statement with a fixed number of parameters: each column travels as ONE text array literal
 * and `unnest` turns the arrays back into rows (`select ... from unnest($1::text[], $2::text[], ...)`). Compared
 * with a multi-row VALUES list (one parameter per cell) the statement is parsed and bound once per batch whatever
 * its size, and the client does not build tens of thousands of parameters. Plain text arrays cast in SQL work the
 * same on node-postgres and PGlite (COPY, the other fast path, does not exist on PGlite).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface UnnestColumn<R> {
  column: PgColumn;
  /** The SQL type the text is cast to (`uuid`, `timestamptz`, `jsonb`, an enum's qualified name, ...). */
  type: SQL | string;
  /** The cell as text (null for SQL NULL). */
  text: (row: R) => string | null;
}

/** `(col, ...) select cast(u.c0 as type), ... from unnest(...) as u(c0, ...)`: the tail of an INSERT INTO table. */
export function unnestRows<R>(columns: readonly UnnestColumn<R>[], rows: readonly R[]): SQL {
  const names = sql.join(
    columns.map((c) => sql.identifier(c.column.name)),
    sql`, `,
  );
  const casts = sql.join(
    columns.map((c, i) => sql`cast(${sql.raw(`u.c${i}`)} as ${typeof c.type === 'string' ? sql.raw(c.type) : c.type})`),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map((c) => sql`${arrayLiteral(rows, c.text)}::text[]`),
    sql`, `,
  );
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  return sql`(${names}) select ${casts} from unnest(${arrays}) as u(${aliases})`;
}

/** A Postgres text[] literal: every element quoted, `\` and `"` escaped, NULL unquoted. */
export function arrayLiteral<R>(rows: readonly R[], text: (row: R) => string | null): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = text(rows[i]!);
    parts[i] = v === null ? 'NULL' : `"${v.includes('\\') || v.includes('"') ? v.replace(/[\\"]/g, '\\$&') : v}"`;
  }
  return `{${parts.join(',')}}`;
}

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
  /** A table's column, or the name of a value that is not one (`unnestQuery` selects it under that name). */
  column: PgColumn | { readonly name: string };
  /** The SQL type the text is cast to (`uuid`, `timestamptz`, `jsonb`, an enum's qualified name, ...). */
  type: SQL | string;
  /** The cell as text (null for SQL NULL). */
  text: (row: R) => string | null;
}

/**
 * `(col, ...) select cast(u.c0 as type), ... from unnest(...) as u(c0, ...)`: the tail of an INSERT INTO table.
 * A column whose cells are all the same (the org, the scan's clock, a status, no mute rule: about half the columns
 * of a first scan) travels once, as one scalar parameter, instead of as an array the client writes and the server
 * parses cell by cell.
 */
export function unnestRows<R>(columns: readonly UnnestColumn<R>[], rows: readonly R[]): SQL {
  return sql`(${columnNames(columns)}) ${unnestQuery(columns, rows)}`;
}

/** The columns' names, as a list of identifiers (`"id", "org_id", ...`). */
export function columnNames(columns: readonly { column: { readonly name: string } }[]): SQL {
  return sql.join(
    columns.map((c) => sql.identifier(c.column.name)),
    sql`, `,
  );
}

/** The rows as a query whose columns are named as `columns` are, for statements that use them more than once. */
export function unnestQuery<R>(columns: readonly UnnestColumn<R>[], rows: readonly R[]): SQL {
  const arrays: SQL[] = [];
  const selected = columns.map((c) => {
    const type = typeof c.type === 'string' ? sql.raw(c.type) : c.type;
    const cells = rows.map(c.text);
    const name = sql.identifier(c.column.name);
    if (cells.every((v) => v === cells[0])) return sql`cast(${cells[0] ?? null}::text as ${type}) as ${name}`;
    const alias = sql.raw(`u.c${arrays.length}`);
    arrays.push(sql`${textArray(cells)}::text[]`);
    return sql`cast(${alias} as ${type}) as ${name}`;
  });
  const select = sql.join(selected, sql`, `);
  if (arrays.length === 0) return sql`select ${select} from generate_series(1, ${rows.length}::int)`;
  const aliases = sql.raw(arrays.map((_, i) => `c${i}`).join(', '));
  return sql`select ${select} from unnest(${sql.join(arrays, sql`, `)}) as u(${aliases})`;
}

/** A Postgres text[] literal: every element quoted, `\` and `"` escaped, NULL unquoted. */
export function arrayLiteral<R>(rows: readonly R[], text: (row: R) => string | null): string {
  return textArray(rows.map(text));
}

function textArray(cells: readonly (string | null)[]): string {
  const parts = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]!;
    parts[i] = v === null ? 'NULL' : `"${v.includes('\\') || v.includes('"') ? v.replace(/[\\"]/g, '\\$&') : v}"`;
  }
  return `{${parts.join(',')}}`;
}

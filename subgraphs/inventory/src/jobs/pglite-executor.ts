/**
 * pg-boss's `db: { executeSql }` adapter over the process's one PGlite. pg-boss sends two kinds of SQL: single
 * statements with `$n` parameters (extended protocol: `query`) and parameterless multi-statement scripts such as
 * its schema creation inside BEGIN/COMMIT (simple protocol: `exec`). PGlite runs one statement at a time for the
 * whole process, so neither can interleave with a drizzle transaction: nothing here waits on something else.
 */
import type { PGlite } from '@electric-sql/pglite';

export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number }>;
  /** After stop, late calls of a finishing worker (complete/fail) must not touch jobs another worker now holds. */
  close(): void;
}

export function pgliteExecutor(client: PGlite): SqlExecutor {
  let closed = false;
  return {
    close() {
      closed = true;
    },
    async executeSql(text, values) {
      // Like pg-boss's own Db once closed: no result (its callers read that as "nothing affected").
      if (closed) return undefined as never;
      if (values && values.length > 0) {
        const result = await client.query(text, values);
        return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
      }
      const results = await client.exec(text);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
  };
}

/**
 * A fresh PostgreSQL database holding the findings subgraph's tables, migrated by the subgraph's own migrations,
 * dropped afterwards. The server is DATABASE_URL (default: the local PostgreSQL 15 the integration suite uses).
 */
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '@cspmexa/server-kit';
import { createTestDatabaseUrl } from '@cspmexa/server-kit/testing';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/test';
const migrationsFolder = fileURLToPath(new URL('../../subgraphs/findings/drizzle', import.meta.url));

export interface FindingsDatabase {
  handle: DatabaseHandle;
  /** Its URL (the CPU meter finds the database's backends by name). */
  url: string;
  /** The server version (`PostgreSQL 15.x ...`), printed so that the figures say what they were measured on. */
  version: string;
  /**
   * Empties every findings table and checkpoints, so the next measurement starts from the same state: without the
   * checkpoint, writing back the previous phase's dirty pages (and the WAL of the next) lands inside whichever
   * measurement the server's checkpoint timer picks, which moved the upsert figure by a quarter between runs.
   */
  empty(): Promise<void>;
  dropAll(): Promise<void>;
}

export async function openFindingsDatabase(): Promise<FindingsDatabase> {
  process.env.DATABASE_URL ??= DEFAULT_SERVER;
  const fresh = await createTestDatabaseUrl();
  if (!fresh) throw new Error('DATABASE_URL is not set');
  const handle = await openDatabase({ databaseUrl: fresh.url });
  try {
    await handle.migrate({ migrationsFolder, schema: 'findings' });
    const [row] = ((await handle.db.execute(sql`select version() as v`)) as unknown as { rows: { v: string }[] }).rows;
    return {
      handle,
      url: fresh.url,
      version: row?.v.split(' on ')[0] ?? 'unknown',
      empty: async () => {
        await handle.db.execute(sql`truncate findings.findings, findings.finding_resources, findings.finding_events, findings.scan_evaluations, findings.scan_check_results cascade`);
        // CHECKPOINT needs a superuser or pg_checkpoint; elsewhere the figures carry the timer's noise.
        await handle.db.execute(sql`checkpoint`).catch(() => undefined);
      },
      dropAll: async () => {
        await handle.close();
        await fresh.drop();
      },
    };
  } catch (err) {
    await handle.close();
    await fresh.drop();
    throw err;
  }
}

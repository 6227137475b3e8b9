/**
 * Database driver choice: node-postgres when DATABASE_URL is set (several replicas, a real server), otherwise one
 * embedded PGlite (PostgreSQL in WASM) in the data folder. Both give the same drizzle query builder, and each
 * subgraph keeps its tables in its own Postgres schema of the same database.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Logger } from './logger';

export type Database = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies one subgraph's migrations; several instances starting at once take turns (advisory lock). */
  migrate(opts: { migrationsFolder: string; schema: string }): Promise<void>;
  /** True while the database answers; readiness probes use it. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  pgliteDir?: string;
  logger?: Logger;
}

const MIGRATION_LOCK = 727_200_001;

/**
 * Each subgraph's journal lives in the shared `drizzle` schema under its own table, not in the subgraph's schema:
 * the migrator creates its journal schema first, which would make the migration's own CREATE SCHEMA fail.
 */
const migrationConfig = (migrationsFolder: string, schema: string) => ({
  migrationsFolder,
  migrationsSchema: 'drizzle',
  migrationsTable: `${schema}_migrations`,
});

export async function openDatabase(opts: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.logger);
  return openPglite(opts.pgliteDir ?? 'memory://');
}

async function openPglite(dir: string): Promise<DatabaseHandle> {
  if (!dir.startsWith('memory://')) fs.mkdirSync(dir, { recursive: true });
  // PGlite ships contrib extensions as separate bundles, loaded only when listed here. pg_trgm backs the trigram
  // indexes of text searches (findings' migration runs CREATE EXTENSION, as it does on PostgreSQL).
  const client = new PGlite(dir, { extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzlePglite({ client }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    // One PGlite connection serves the process: nothing else can run migrations concurrently.
    migrate: async ({ migrationsFolder, schema }) => {
      await migratePglite(db as never, migrationConfig(migrationsFolder, schema));
    },
    ping: async () => {
      await client.query('select 1');
      return true;
    },
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

async function openPostgres(url: string, logger?: Logger): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client's connection dropping (server restart, terminated backend) must not crash the process (X7).
  pool.on('error', (err) => logger?.warn({ err: err.message }, 'postgres idle client error; the pool reconnects'));
  const db = drizzlePg({ client: pool }) as unknown as Database;
  await db.execute(sql`select 1`);
  return {
    db,
    kind: 'postgres',
    migrate: async ({ migrationsFolder, schema }) => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg({ client }), migrationConfig(migrationsFolder, schema));
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}

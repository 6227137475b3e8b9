/**
 * Migration 0009 moves the text search's trigram index from the findings to finding_resources: a database that
 * already holds findings gets one row per resource of theirs, from the findings, before the old index goes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@cspmexa/server-kit';
import { openTestDatabase } from '@cspmexa/server-kit/testing';
import { findingResources } from '../src/db/schema';
import { migrationsFolder } from '../src/index';

const BEFORE = '0009_finding_resources_search';

/** The migrations folder as it was before BEFORE: the same files, the journal cut there. */
function foldersBefore(tag: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'findings-migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return dir;
}

let handle: DatabaseHandle;
let older: string;
beforeAll(async () => {
  handle = await openTestDatabase();
  older = foldersBefore(BEFORE);
});
afterAll(async () => {
  await handle?.close();
  if (older) rmSync(older, { recursive: true, force: true });
});

describe('migration 0009 (finding_resources)', () => {
  it('fills finding_resources with one row per (org, resource) of the stored findings, then drops the findings trigram index', async () => {
    await handle.migrate({ migrationsFolder: older, schema: 'findings' });
    // Two orgs; two findings about r-1 in the first, one finding each about r-2 and about the second org's r-1.
    await handle.db.execute(sql`
      insert into findings.findings (id, org_id, finding_key, inventory_account_id, resource_id, resource_arn, account_id, region, check_id,
        short_id, severity, service, title, message, status, first_seen_at, last_seen_at, status_changed_at)
      select gen_random_uuid(), o, 'key-' || o || '-' || r || '-' || c, 'acct-' || o, r, 'arn:aws:s3:::' || o || '-' || r, '111122223333', 'us-east-1', c,
        'S3-01', 'LOW', 's3', 'Title', 'failing', 'OPEN', now(), now(), now()
      from (values ('a', 'r-1', 'c1'), ('a', 'r-1', 'c2'), ('a', 'r-2', 'c1'), ('b', 'r-1', 'c1')) as v(o, r, c)`);

    await handle.migrate({ migrationsFolder, schema: 'findings' });

    const rows = await handle.db.select().from(findingResources).orderBy(asc(findingResources.orgId), asc(findingResources.resourceId));
    expect(rows).toEqual([
      { orgId: 'a', resourceId: 'r-1', inventoryAccountId: 'acct-a', resourceArn: 'arn:aws:s3:::a-r-1' },
      { orgId: 'a', resourceId: 'r-2', inventoryAccountId: 'acct-a', resourceArn: 'arn:aws:s3:::a-r-2' },
      { orgId: 'b', resourceId: 'r-1', inventoryAccountId: 'acct-b', resourceArn: 'arn:aws:s3:::b-r-1' },
    ]);
    const indexes = await handle.db.execute(sql`select indexname from pg_indexes where schemaname = 'findings' and indexname like '%trgm%' order by 1`);
    const names = (Array.isArray(indexes) ? indexes : (indexes as { rows: unknown[] }).rows).map((r) => (r as { indexname: string }).indexname);
    expect(names).toEqual(['finding_resources_arn_trgm_idx']);
  });
});

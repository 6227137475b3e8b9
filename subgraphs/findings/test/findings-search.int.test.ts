/**
 * The findings text search (`filter.search`): case-insensitive substring of the title, resource ARN, check id or
 * short id, where `%`, `_` and `\` are literal characters; and served by the trigram index, not a table scan.
 */
import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { count, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingConditions } from '../src/db/finding-filter';
import { findings, type NewFindingRow } from '../src/db/schema';
import type { CheckResult } from '../src/domain/evaluate';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('findings text search', () => {
  const org = `org-search-${crypto.randomUUID()}`;
  // Names that a wildcard reading of `_`, `%` or `\` would confuse with one another.
  const names = ['logs_2026', 'logsX2026', 'data%1', 'data-1', 'back\\slash', 'backslash'];

  beforeAll(async () => {
    const results: CheckResult[] = names.map((name, i) => ({
      checkId: i % 2 === 0 ? 's3_search_even_check' : 's3_search_odd_check',
      shortId: i % 2 === 0 ? 'S3-80' : 'S3-81',
      severity: 'LOW',
      title: `Bucket ${name} is tidy`,
      service: 's3',
      resourceId: `r-${i}`,
      resourceArn: `arn:aws:s3:::${name}`,
      accountId: '444455556666',
      region: 'us-east-1',
      status: 'FAIL',
      message: 'failing',
    }));
    const evaluate = createScanEvaluator({
      db: h.db,
      bus: h.bus,
      logger: silentLogger,
      runChecks: () => results,
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-search', status: 'PARTIAL', resources: [] }),
    });
    await evaluate({ orgId: org, accountId: 'acct-search', scanId: `s-${crypto.randomUUID()}`, status: 'PARTIAL' });
  });

  async function matching(search: string): Promise<string[]> {
    const answer = await h.gql(userOf(org), `query($f: FindingFilter) { findings(filter: $f, first: 100) { totalCount edges { node { resourceArn } } } }`, {
      f: { search },
    });
    expect(answer.errors).toBeUndefined();
    const list = answer.data!.findings;
    expect(list.totalCount).toBe(list.edges.length);
    return list.edges.map((e: { node: { resourceArn: string } }) => e.node.resourceArn.replace('arn:aws:s3:::', '')).sort();
  }

  it('matches a substring of the title, ARN, check id or short id, whatever the case', async () => {
    expect(await matching('LOGS')).toEqual(['logsX2026', 'logs_2026']);
    expect(await matching('is tidy')).toHaveLength(names.length);
    expect(await matching('arn:aws:s3:::data-')).toEqual(['data-1']);
    expect(await matching('search_odd')).toEqual(['backslash', 'data-1', 'logsX2026']);
    expect(await matching('s3-80')).toEqual(['back\\slash', 'data%1', 'logs_2026']);
    expect(await matching('no such thing')).toEqual([]);
  });

  it('reads %, _ and \\ in the text as themselves, not as wildcards or escapes', async () => {
    expect(await matching('logs_')).toEqual(['logs_2026']);
    expect(await matching('data%')).toEqual(['data%1']);
    expect(await matching('%')).toEqual(['data%1']);
    expect(await matching('s_2')).toEqual(['logs_2026']);
    expect(await matching('back\\s')).toEqual(['back\\slash']);
    expect(await matching('\\')).toEqual(['back\\slash']);
  });
});

describe('findings text search plan', () => {
  it('can answer every column of the search from the trigram index, special characters included', async () => {
    const org = `org-plan-${crypto.randomUUID()}`;
    const at = new Date();
    const names = [...Array.from({ length: 200 }, (_, i) => `bucket-${i}`), 'logs_2026', 'logsX2026', 'data%1'];
    const rows: NewFindingRow[] = names.map((name, i) => ({
      id: crypto.randomUUID(),
      orgId: org,
      findingKey: crypto.randomUUID(),
      inventoryAccountId: 'acct-plan',
      resourceId: `r-${i}`,
      resourceArn: `arn:aws:s3:::${name}`,
      accountId: '444455556666',
      region: 'us-east-1',
      checkId: `s3_plan_check_${i % 7}`,
      shortId: `S3-${i % 7}`,
      severity: 'LOW',
      service: 's3',
      title: `Plan check ${i % 7} passes`,
      message: 'failing',
      status: 'OPEN',
      firstSeenAt: at,
      lastSeenAt: at,
      statusChangedAt: at,
    }));
    await h.db.insert(findings).values(rows);

    const counted = (search: string) => h.db.select({ n: count() }).from(findings).where(findingConditions(org, { search }));
    // On a test-sized table a scan is cheaper and the planner rightly takes it: on 3,000 findings it estimated each
    // column's index scan at half the table scan, whose cost grows with the table while the index's barely does. So
    // the test takes the other ways away, in a transaction it rolls back (table scans off, the org indexes dropped):
    // were one column of the OR not indexable, the plan would still be a (disabled) table scan.
    let plan = '';
    const counts: number[] = [];
    await h.db
      .transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const orgIndexes = await tx.execute(sql`select indexname from pg_indexes where schemaname = 'findings' and tablename = 'findings' and indexname like 'findings_org_%'`);
        for (const { indexname } of rowsOf(orgIndexes)) await tx.execute(sql.raw(`drop index findings."${indexname}"`));
        plan = rowsOf(await tx.execute(sql`explain ${counted('logs_2').getSQL()}`))
          .map((r) => Object.values(r)[0])
          .join('\n');
        for (const search of ['logs_2', 'data%', 'BUCKET-19', 'plan_check_3', 's3-3']) {
          counts.push((await tx.select({ n: count() }).from(findings).where(findingConditions(org, { search })))[0]!.n);
        }
        tx.rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof TransactionRollbackError)) throw err;
      });

    expect(plan).not.toContain('Seq Scan');
    expect(plan).toContain('BitmapOr');
    for (const column of ['title', 'resource_arn', 'check_id', 'short_id']) {
      expect(plan).toMatch(new RegExp(`Bitmap Index Scan on findings_search_trgm_idx\\s+[^\\n]*\\n\\s+Index Cond: \\(${column} ~~\\*`));
    }
    // Through the index, the same answers: `_` and `%` literal, case ignored (bucket-19 and bucket-190..199).
    expect(counts).toEqual([1, 1, 11, 29, 29]);
    // The rollback restored the org indexes.
    const restored = await h.db.execute(sql`select count(*)::int as n from pg_indexes where schemaname = 'findings' and tablename = 'findings' and indexname like 'findings_org_%'`);
    expect(Number(rowsOf(restored)[0]!.n)).toBeGreaterThan(0);
  });
});

function rowsOf(result: unknown): Record<string, string>[] {
  return (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
}

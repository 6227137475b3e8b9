/**
 * The findings text search (`filter.search`): case-insensitive substring of the title, resource ARN, check id or
 * short id, where `%`, `_` and `\` are literal characters; served by indexes, not a table scan (the ARN by the
 * trigram index of finding_resources and then the org/resource index, the check's texts through the catalogue and
 * the org/check index).
 */
import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { count, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingConditions } from '../src/db/finding-filter';
import { findings, type NewFindingRow } from '../src/db/schema';
import type { CheckResult } from '../src/domain/evaluate';
import { findCheck } from '../src/domain/evaluate';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { checkFilter } from '../src/domain/list-input';
import { VerdictSet } from '../src/domain/verdict-set';
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
    // Two catalogue checks: the title, check id and short id of a finding are its check's.
    const even = findCheck('s3_bucket_public_access')!;
    const odd = findCheck('s3_bucket_object_versioning')!;
    const results: CheckResult[] = names.map((name, i) => ({
      checkId: (i % 2 === 0 ? even : odd).id,
      shortId: (i % 2 === 0 ? even : odd).shortId,
      severity: 'LOW',
      title: (i % 2 === 0 ? even : odd).title,
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
      runChecks: () => VerdictSet.of(results),
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
    expect(await matching('s3 BUCKET ')).toHaveLength(names.length);
    expect(await matching('not publicly')).toEqual(['back\\slash', 'data%1', 'logs_2026']);
    expect(await matching('arn:aws:s3:::data-')).toEqual(['data-1']);
    expect(await matching('object_vers')).toEqual(['backslash', 'data-1', 'logsX2026']);
    expect(await matching('s3-03')).toEqual(['back\\slash', 'data%1', 'logs_2026']);
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
  it('answers the ARN from the resources trigram index and the check texts from the org/check index, special characters included', async () => {
    const org = `org-plan-${crypto.randomUUID()}`;
    const at = new Date();
    const checks = ['s3_bucket_acl_no_public_read', 's3_bucket_acl_no_public_write', 's3_bucket_acls_disabled', 's3_bucket_kms_encryption', 's3_bucket_level_public_access_block', 's3_bucket_mfa_delete_enabled', 's3_bucket_object_lock_enabled'].map((id) => findCheck(id)!);
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
      checkId: checks[i % 7]!.id,
      shortId: checks[i % 7]!.shortId,
      severity: 'LOW',
      service: 's3',
      title: checks[i % 7]!.title,
      message: 'failing',
      status: 'OPEN',
      firstSeenAt: at,
      lastSeenAt: at,
      statusChangedAt: at,
    }));
    await h.db.insert(findings).values(rows);
    const searchable = sql`insert into findings.finding_resources select distinct org_id, resource_id, inventory_account_id, resource_arn from findings.findings where org_id = ${org} on conflict do nothing`;
    await h.db.execute(searchable);

    const where = (search: string) => findingConditions(org, checkFilter({ search }));
    const counted = (search: string) => h.db.select({ n: count() }).from(findings).where(where(search));
    // On a test-sized org, reading all its rows is cheaper and the planner rightly does. So the test takes the other
    // ways away, in a transaction it rolls back (table scans off, the org indexes but the check's dropped, thousands
    // of other findings added): were one arm of the OR not indexable, the plan would still be a (disabled) table
    // scan or a read of every org row. The org/resource index stays: the ARN arm is an index condition on it.
    let plan = '';
    const counts: number[] = [];
    await h.db
      .transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const orgIndexes = await tx.execute(
          sql`select indexname from pg_indexes where schemaname = 'findings' and tablename = 'findings' and indexname like 'findings_org_%' and indexname not in ('findings_org_check_idx', 'findings_org_resource_idx')`,
        );
        for (const { indexname } of rowsOf(orgIndexes)) await tx.execute(sql.raw(`drop index findings."${indexname}"`));
        // Enough of the org's findings outside every search below that reading all of them costs more than the
        // two index arms (the plan the product gets at scale), then fresh statistics.
        await tx.execute(sql`
          insert into findings.findings (id, org_id, finding_key, inventory_account_id, resource_id, resource_arn, account_id, region, check_id,
            short_id, severity, service, title, message, status, first_seen_at, last_seen_at, status_changed_at)
          select gen_random_uuid(), ${org}, gen_random_uuid()::text, 'acct-plan', 'filler-' || n, 'arn:aws:s3:::filler-' || n, '444455556666',
            'us-east-1', 's3_bucket_versioning_filler', 'S3-99', 'LOW', 's3', 'Filler', 'failing', 'OPEN', now(), now(), now()
          from generate_series(1, 5000) as n`);
        await tx.execute(searchable);
        await tx.execute(sql`analyze findings.findings`);
        await tx.execute(sql`analyze findings.finding_resources`);
        // Rows cost what they cost on a large org, where reading every one of them is what the indexes avoid.
        await tx.execute(sql`set local cpu_tuple_cost = 1`);
        plan = rowsOf(await tx.execute(sql`explain ${counted('MFA Delete').getSQL()}`))
          .map((r) => Object.values(r)[0])
          .join('\n');
        for (const search of ['logs_2', 'data%', 'BUCKET-19', 'kms_encr', 's3-08', 'mfa delete']) {
          counts.push((await tx.select({ n: count() }).from(findings).where(where(search)))[0]!.n);
        }
        tx.rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof TransactionRollbackError)) throw err;
      });

    expect(plan).not.toContain('Seq Scan');
    expect(plan).toContain('BitmapOr');
    expect(plan).toMatch(/Bitmap Index Scan on finding_resources_arn_trgm_idx\s+[^\n]*\n\s+Index Cond: \(resource_arn ~~\*/);
    expect(plan).toMatch(/Bitmap Index Scan on findings_org_resource_idx\s+[^\n]*\n\s+Index Cond: \(\(org_id = [^\n]*resource_id = ANY /);
    expect(plan).toMatch(/Bitmap Index Scan on findings_org_check_idx\s+[^\n]*\n\s+Index Cond: \(\(org_id = [^\n]*check_id = /);
    // The same answers: `_` and `%` literal, case ignored (bucket-19 and bucket-190..199), a check's id, short id
    // and title finding its 29 findings.
    expect(counts).toEqual([1, 1, 11, 29, 29, 29]);
    // The rollback restored the org indexes.
    const restored = await h.db.execute(sql`select count(*)::int as n from pg_indexes where schemaname = 'findings' and tablename = 'findings' and indexname like 'findings_org_%'`);
    expect(Number(rowsOf(restored)[0]!.n)).toBeGreaterThan(1);
  });
});

function rowsOf(result: unknown): Record<string, string>[] {
  return (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
}

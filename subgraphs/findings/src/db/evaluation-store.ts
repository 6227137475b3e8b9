/**
 * The writes of one scan evaluation. All of them run inside `inEvaluationTransaction`, which serializes the
 * evaluations of one org (advisory transaction lock) so that "read stored findings, decide, write" cannot
 * interleave with another evaluation of the same findings.
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@cspmexa/server-kit';
import { findingEvents, findings, scanCheckResults, scanEvaluations, type FindingRow, type NewFindingRow } from './schema';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Rows per multi-row INSERT: ~20 columns each keeps a statement far below Postgres' 65,535 parameters. */
const BATCH = 500;

export async function inEvaluationTransaction<T>(db: Database, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`findings.evaluate:${orgId}`}, 0))`);
    return work(tx);
  });
}

export async function isScanEvaluated(tx: Tx, orgId: string, scanId: string): Promise<boolean> {
  const rows = await tx
    .select({ scanId: scanEvaluations.scanId })
    .from(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.scanId, scanId)));
  return rows.length > 0;
}

/** The findings an evaluation can touch: those of the scanned inventory account, and any with the same AWS ids. */
export async function loadFindingsForEvaluation(
  tx: Tx,
  orgId: string,
  inventoryAccountId: string,
  awsAccountIds: readonly string[],
): Promise<FindingRow[]> {
  const scope: SQL | undefined =
    awsAccountIds.length > 0
      ? or(eq(findings.inventoryAccountId, inventoryAccountId), inArray(findings.accountId, [...awsAccountIds]))
      : eq(findings.inventoryAccountId, inventoryAccountId);
  return tx.select().from(findings).where(and(eq(findings.orgId, orgId), scope));
}

const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);

export async function upsertFindings(tx: Tx, rows: readonly NewFindingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx
      .insert(findings)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: findings.findingKey,
        // first_seen_at, id, org_id and finding_key are never rewritten.
        set: {
          inventoryAccountId: excluded(findings.inventoryAccountId),
          resourceId: excluded(findings.resourceId),
          severity: excluded(findings.severity),
          shortId: excluded(findings.shortId),
          service: excluded(findings.service),
          title: excluded(findings.title),
          message: excluded(findings.message),
          lastSeenAt: excluded(findings.lastSeenAt),
          // Mutes are applied under the same per-org lock (mute-store.ts), so the plan saw the current mute state.
          status: excluded(findings.status),
          resolvedAt: excluded(findings.resolvedAt),
          statusChangedAt: excluded(findings.statusChangedAt),
          unmutedStatus: excluded(findings.unmutedStatus),
          muteRuleId: excluded(findings.muteRuleId),
          resourceTags: excluded(findings.resourceTags),
        },
      });
  }
}

export async function insertFindingEvents(tx: Tx, rows: readonly (typeof findingEvents.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(findingEvents).values(rows.slice(i, i + BATCH));
  }
}

export async function recordScanEvaluation(tx: Tx, row: typeof scanEvaluations.$inferInsert): Promise<void> {
  await tx.insert(scanEvaluations).values(row).onConflictDoNothing();
}

export async function insertScanCheckResults(tx: Tx, rows: readonly (typeof scanCheckResults.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(scanCheckResults).values(rows.slice(i, i + BATCH)).onConflictDoNothing();
  }
}

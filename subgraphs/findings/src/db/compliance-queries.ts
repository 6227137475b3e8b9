/** Reads behind compliance and the posture trend: the per-scan, per-check tallies written at evaluation time. */
import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@cspmexa/server-kit';
import { scanCheckResults, scanEvaluations, type ScanCheckResultRow, type ScanEvaluationRow, type Severity } from './schema';

/** The latest evaluated scan of an inventory account. */
export async function latestEvaluation(db: Database, orgId: string, inventoryAccountId: string): Promise<ScanEvaluationRow | null> {
  const [row] = await db
    .select()
    .from(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.inventoryAccountId, inventoryAccountId)))
    .orderBy(desc(scanEvaluations.evaluatedAt))
    .limit(1);
  return row ?? null;
}

export async function checkResultsOfScan(db: Database, orgId: string, scanId: string): Promise<ScanCheckResultRow[]> {
  return db
    .select()
    .from(scanCheckResults)
    .where(and(eq(scanCheckResults.orgId, orgId), eq(scanCheckResults.scanId, scanId)));
}

/** Every per-check tally of the account's scans evaluated since `since`, oldest scan first. */
export async function checkResultsSince(db: Database, orgId: string, inventoryAccountId: string, since: Date): Promise<ScanCheckResultRow[]> {
  return db
    .select()
    .from(scanCheckResults)
    .where(
      and(
        eq(scanCheckResults.orgId, orgId),
        eq(scanCheckResults.inventoryAccountId, inventoryAccountId),
        gte(scanCheckResults.evaluatedAt, since),
      ),
    )
    .orderBy(asc(scanCheckResults.evaluatedAt), asc(scanCheckResults.scanId));
}

export interface ScanTotals {
  scanId: string;
  evaluatedAt: Date;
  passed: number;
  failed: number;
  muted: number;
  unknown: number;
  /** Failing (unmuted) results per severity of their check, every severity present. */
  failedBySeverity: Record<Severity, number>;
}

/**
 * Per evaluated scan of the account since `since`, oldest first: the sums of its per-check tallies, and its failing
 * results split by severity. One GROUP BY in the database. Each tally carries the severity its check had when the
 * scan was evaluated, so a later catalogue change leaves history alone. Tallies written before severities were
 * stored have none: for those the caller passes the catalogue's current check ids of each severity, and a check in
 * none of them (removed from the catalogue) still counts in `failed` but in no severity.
 */
export async function scanTotalsSince(
  db: Database,
  orgId: string,
  inventoryAccountId: string,
  since: Date,
  catalogueChecksBySeverity: Readonly<Record<Severity, readonly string[]>>,
): Promise<ScanTotals[]> {
  const r = scanCheckResults;
  const e = scanEvaluations;
  const total = (column: AnyPgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`.mapWith(Number);
  const failedOf = (severity: Severity) => {
    const checkIds = catalogueChecksBySeverity[severity];
    const unrecorded = checkIds.length > 0 ? and(isNull(r.severity), inArray(r.checkId, [...checkIds])) : sql`false`;
    return sql<number>`coalesce(sum(${r.failed}) filter (where ${or(eq(r.severity, severity), unrecorded)}), 0)::int`.mapWith(Number);
  };
  const rows = await db
    .select({
      scanId: e.scanId,
      evaluatedAt: e.evaluatedAt,
      passed: total(r.passed),
      failed: total(r.failed),
      muted: total(r.muted),
      unknown: total(r.unknown),
      CRITICAL: failedOf('CRITICAL'),
      HIGH: failedOf('HIGH'),
      MEDIUM: failedOf('MEDIUM'),
      LOW: failedOf('LOW'),
      INFO: failedOf('INFO'),
    })
    // From the evaluations, not the tallies: a scan that produced no verdict (an empty account) is still a point
    // of the trend, with zero counts, rather than a gap that hides that the account was scanned.
    .from(e)
    .leftJoin(r, and(eq(r.orgId, e.orgId), eq(r.scanId, e.scanId)))
    .where(and(eq(e.orgId, orgId), eq(e.inventoryAccountId, inventoryAccountId), gte(e.evaluatedAt, since)))
    .groupBy(e.scanId, e.evaluatedAt)
    .orderBy(asc(e.evaluatedAt), asc(e.scanId));
  return rows.map(({ CRITICAL, HIGH, MEDIUM, LOW, INFO, ...totals }) => ({ ...totals, failedBySeverity: { CRITICAL, HIGH, MEDIUM, LOW, INFO } }));
}

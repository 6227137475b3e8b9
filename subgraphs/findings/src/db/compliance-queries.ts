/** Reads behind compliance and the posture trend: the per-scan, per-check tallies written at evaluation time. */
import { and, asc, desc, eq, gte } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { scanCheckResults, scanEvaluations, type ScanCheckResultRow, type ScanEvaluationRow } from './schema';

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

/** Reads of findings, history, alerts and scan evaluations. Every function takes the org id first and filters on it. */
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { findingConditions, type FacetDimension, type FindingFilter } from './finding-filter';
import { after, orderBy, type FindingOrder } from './finding-order';
import { findingEvents, findings, scanEvaluations, type FindingEventRow, type FindingRow, type ScanEvaluationRow, type Severity } from './schema';

/** `limit + 1` rows of one page, so the caller can tell whether another page follows. */
export async function listFindings(
  db: Database,
  orgId: string,
  filter: FindingFilter,
  page: { limit: number; order: FindingOrder; after: readonly (string | Date)[] | null },
): Promise<FindingRow[]> {
  const where = findingConditions(orgId, filter);
  return db
    .select()
    .from(findings)
    .where(page.after ? and(where, after(page.order, page.after)) : where)
    .orderBy(...orderBy(page.order))
    .limit(page.limit + 1);
}

export async function countFindings(db: Database, orgId: string, filter: FindingFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(findings).where(findingConditions(orgId, filter));
  return row?.n ?? 0;
}

export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  total: number;
}

/** One aggregate query; the list is never loaded to count it. */
export async function countFindingsBySeverity(db: Database, orgId: string, filter: FindingFilter): Promise<SeverityCounts> {
  const of = (s: Severity) => sql<number>`count(*) filter (where ${findings.severity} = ${s})`.mapWith(Number);
  const [row] = await db
    .select({ critical: of('CRITICAL'), high: of('HIGH'), medium: of('MEDIUM'), low: of('LOW'), info: of('INFO'), total: count() })
    .from(findings)
    .where(findingConditions(orgId, filter));
  return row ?? { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 };
}

export async function findingsByIds(db: Database, orgId: string, ids: readonly string[]): Promise<FindingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(findings)
    .where(and(eq(findings.orgId, orgId), inArray(findings.id, [...ids])));
}

export async function eventsOfFindings(db: Database, orgId: string, findingIds: readonly string[]): Promise<FindingEventRow[]> {
  if (findingIds.length === 0) return [];
  return db
    .select()
    .from(findingEvents)
    .where(and(eq(findingEvents.orgId, orgId), inArray(findingEvents.findingId, [...findingIds])))
    .orderBy(asc(findingEvents.at), asc(findingEvents.id));
}

/** An alert is an event with an alert kind (the problem appeared or came back); other changes are history only. */
export async function alertById(db: Database, orgId: string, id: string): Promise<FindingEventRow | null> {
  const [row] = await db
    .select()
    .from(findingEvents)
    .where(and(eq(findingEvents.orgId, orgId), eq(findingEvents.id, id), isNotNull(findingEvents.alertKind)));
  return row ?? null;
}

export async function scanEvaluation(db: Database, orgId: string, scanId: string): Promise<ScanEvaluationRow | null> {
  const [row] = await db
    .select()
    .from(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.scanId, scanId)));
  return row ?? null;
}

export interface FacetCount {
  value: string;
  count: number;
}

const facetColumns = {
  severities: findings.severity,
  statuses: findings.status,
  services: findings.service,
  accountIds: findings.accountId,
  checkIds: findings.checkId,
} as const;

/**
 * Counts per value of one dimension, under the filter with that dimension left out (as Security Hub does), so
 * picking CRITICAL still shows how many HIGH there are. One GROUP BY in the database, most frequent first.
 */
export async function facetCounts(db: Database, orgId: string, filter: FindingFilter, dimension: FacetDimension): Promise<FacetCount[]> {
  const column = facetColumns[dimension];
  const rows = await db
    .select({ value: sql<string>`${column}::text`, count: count() })
    .from(findings)
    .where(findingConditions(orgId, { ...filter, [dimension]: null }))
    .groupBy(column)
    .orderBy(sql`count(*) desc`, column)
    .limit(200);
  return rows.map((r) => ({ value: r.value, count: Number(r.count) }));
}

/** How many findings each rule mutes now. */
export async function mutedCountsByRule(db: Database, orgId: string, ruleIds: readonly string[]): Promise<Map<string, number>> {
  if (ruleIds.length === 0) return new Map();
  const rows = await db
    .select({ ruleId: findings.muteRuleId, n: count() })
    .from(findings)
    .where(and(eq(findings.orgId, orgId), inArray(findings.muteRuleId, [...ruleIds])))
    .groupBy(findings.muteRuleId);
  return new Map(rows.map((r) => [r.ruleId!, Number(r.n)]));
}

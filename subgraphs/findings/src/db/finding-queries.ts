/** Reads of findings, history, alerts and scan evaluations. Every function takes the org id first and filters on it. */
import { and, asc, count, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { findingConditions, type FindingFilter } from './finding-filter';
import { findingEvents, findings, scanEvaluations, type FindingEventRow, type FindingRow, type ScanEvaluationRow, type Severity } from './schema';

/** Position in the default order (severity, then last seen, newest first; id breaks ties). */
export interface FindingPosition {
  severity: Severity;
  lastSeenAt: Date;
  id: string;
}

function after(p: FindingPosition): SQL {
  return or(
    gt(findings.severity, p.severity),
    and(
      eq(findings.severity, p.severity),
      or(lt(findings.lastSeenAt, p.lastSeenAt), and(eq(findings.lastSeenAt, p.lastSeenAt), lt(findings.id, p.id))),
    ),
  )!;
}

/** `limit + 1` rows of one page, so the caller can tell whether another page follows. */
export async function listFindings(
  db: Database,
  orgId: string,
  filter: FindingFilter,
  page: { limit: number; after: FindingPosition | null },
): Promise<FindingRow[]> {
  const where = findingConditions(orgId, filter);
  return db
    .select()
    .from(findings)
    .where(page.after ? and(where, after(page.after)) : where)
    .orderBy(asc(findings.severity), sql`${findings.lastSeenAt} desc nulls last`, sql`${findings.id} desc nulls last`)
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

/** An alert is an OPEN or REOPENED event; other transitions are history only. */
export async function alertById(db: Database, orgId: string, id: string): Promise<FindingEventRow | null> {
  const [row] = await db
    .select()
    .from(findingEvents)
    .where(and(eq(findingEvents.orgId, orgId), eq(findingEvents.id, id), inArray(findingEvents.toStatus, ['OPEN', 'REOPENED'])));
  return row ?? null;
}

export async function scanEvaluation(db: Database, orgId: string, scanId: string): Promise<ScanEvaluationRow | null> {
  const [row] = await db
    .select()
    .from(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.scanId, scanId)));
  return row ?? null;
}

/**
 * The finding_events rows that are alerts double as the alert outbox (X8): `published_at` is null until
 * `findings.alert.raised` went out. Discovery of orgs with pending alerts is the one read across orgs; the rows
 * themselves are read and marked per org.
 */
import { and, asc, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { AlertRaisedEvent, Database } from '@cspmexa/server-kit';
import { findingEvents, findings } from './schema';
import { arrayLiteral } from './unnest-rows';

/** Alert rows not yet published: what both partial indexes hold. */
const unpublished = () => and(isNull(findingEvents.publishedAt), isNotNull(findingEvents.alertKind));
const pending = (olderThan: Date) => and(unpublished(), lt(findingEvents.at, olderThan));

export async function orgsWithUnpublishedAlerts(db: Database, olderThan: Date): Promise<string[]> {
  const rows = await db.selectDistinct({ orgId: findingEvents.orgId }).from(findingEvents).where(pending(olderThan));
  return rows.map((r) => r.orgId);
}

/** Oldest first, as the event each consumer would have received, rebuilt from the event and its finding. */
export async function unpublishedAlerts(db: Database, orgId: string, olderThan: Date, limit: number): Promise<AlertRaisedEvent[]> {
  const rows = await alertRows(db)
    .where(and(eq(findingEvents.orgId, orgId), pending(olderThan)))
    .orderBy(asc(findingEvents.at), asc(findingEvents.id))
    .limit(limit);
  return rows.map((row) => asAlert(orgId, row));
}

/** One evaluation's unpublished alerts with an id after `afterId` (or from the first), by id. */
export async function unpublishedScanAlerts(db: Database, orgId: string, scanId: string, afterId: string | null, limit: number): Promise<AlertRaisedEvent[]> {
  const rows = await alertRows(db)
    .where(
      and(
        eq(findingEvents.orgId, orgId),
        eq(findingEvents.scanId, scanId),
        unpublished(),
        afterId === null ? undefined : gt(findingEvents.id, afterId),
      ),
    )
    .orderBy(asc(findingEvents.id))
    .limit(limit);
  return rows.map((row) => asAlert(orgId, row));
}

const alertRows = (db: Database) =>
  db
    .select({ event: findingEvents, finding: findings })
    .from(findingEvents)
    .innerJoin(findings, and(eq(findings.orgId, findingEvents.orgId), eq(findings.id, findingEvents.findingId)))
    .$dynamic();

function asAlert(orgId: string, { event, finding }: { event: typeof findingEvents.$inferSelect; finding: typeof findings.$inferSelect }): AlertRaisedEvent {
  return {
    orgId,
    alertId: event.id,
    findingId: finding.id,
    kind: event.alertKind!,
    severity: event.severity ?? finding.severity,
    checkId: finding.checkId,
    title: finding.title,
    resourceArn: finding.resourceArn,
    accountId: finding.accountId,
    region: finding.region,
    raisedAt: event.at.toISOString(),
  };
}

/** Ids per UPDATE: one array parameter each (an IN list of 100,000 alerts would exceed 65,535 parameters). */
const MARK_BATCH = 50_000;

export async function markAlertsPublished(db: Database, orgId: string, alertIds: readonly string[], at: Date): Promise<void> {
  for (let i = 0; i < alertIds.length; i += MARK_BATCH) {
    const ids = arrayLiteral(alertIds.slice(i, i + MARK_BATCH), (id) => id);
    await db
      .update(findingEvents)
      .set({ publishedAt: at })
      .where(and(eq(findingEvents.orgId, orgId), sql`${findingEvents.id} = any(${ids}::uuid[])`, isNull(findingEvents.publishedAt)));
  }
}

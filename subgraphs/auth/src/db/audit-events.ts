/** Audit trail queries: appends serialized per organization, reads scoped by organization. */
import { and, asc, count, desc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { AuditEntry, AuditFilter, AuditStore } from '../domain/audit/model';
import { auditEvents } from './schema';

/** First key of the two-key advisory lock: a namespace so the audit lock never collides with another one. */
const AUDIT_LOCK_NAMESPACE = 727_200_101;

function filterSql(orgId: string, f: AuditFilter): SQL | undefined {
  return and(
    eq(auditEvents.orgId, orgId),
    f.actions?.length ? inArray(auditEvents.action, f.actions) : undefined,
    f.actorId ? eq(auditEvents.actor, f.actorId) : undefined,
    f.target ? eq(auditEvents.target, f.target) : undefined,
    f.since ? gte(auditEvents.at, f.since) : undefined,
    f.until ? lte(auditEvents.at, f.until) : undefined,
  );
}

export function createAuditStore(db: Database): AuditStore {
  return {
    async append(orgId, build, opts) {
      return db.transaction(async (tx) => {
        // Held until commit: a concurrent append of the same organization waits here, then reads our row as its
        // predecessor. The unique (org_id, seq) index is the backstop should the lock ever be bypassed.
        await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_NAMESPACE}, hashtext(${orgId}))`);
        if (opts?.onceId) {
          // After the lock: a delivery of the same id still being written commits first and is seen here (the
          // primary key is the backstop). Ids are global, so any organization's entry counts.
          const [seen] = await tx.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.id, opts.onceId)).limit(1);
          if (seen) return null;
        }
        const [last] = await tx
          .select({ seq: auditEvents.seq, hash: auditEvents.hash })
          .from(auditEvents)
          .where(eq(auditEvents.orgId, orgId))
          .orderBy(desc(auditEvents.seq))
          .limit(1);
        const entry = build(last ?? null);
        await tx.insert(auditEvents).values(entry);
        return entry;
      });
    },

    async list(orgId, filter, { limit, beforeSeq }) {
      const where = filterSql(orgId, filter);
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(and(where, beforeSeq !== null ? lt(auditEvents.seq, beforeSeq) : undefined))
          .orderBy(desc(auditEvents.seq))
          .limit(limit + 1),
        db.select({ n: count() }).from(auditEvents).where(where),
      ]);
      return { rows: rows as AuditEntry[], totalCount: total?.n ?? 0 };
    },

    async chainAfter(orgId, afterSeq, limit) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, orgId), gt(auditEvents.seq, afterSeq)))
        .orderBy(asc(auditEvents.seq))
        .limit(limit);
      return rows as AuditEntry[];
    },
  };
}

/** Notification rules of one organization. Every statement is scoped by org_id. */
import { and, count, eq } from 'drizzle-orm';
import type { Database, Severity } from '@cspmexa/server-kit';
import { newestFirst, olderThan, type PageRequest } from './keyset';
import { notificationRules, type NotificationRuleRow } from './schema';

export interface NewRule {
  name: string;
  minSeverity: Severity;
  recipients: string[];
  enabled: boolean;
}

export function createRulesStore(db: Database) {
  const t = notificationRules;
  return {
    async insert(orgId: string, rule: NewRule): Promise<NotificationRuleRow> {
      const [row] = await db
        .insert(t)
        .values({ orgId, ...rule })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** True when a rule of this organization was deleted. */
    async delete(orgId: string, id: string): Promise<boolean> {
      const deleted = await db
        .delete(t)
        .where(and(eq(t.orgId, orgId), eq(t.id, id)))
        .returning({ id: t.id });
      return deleted.length > 0;
    },

    async page(orgId: string, page: PageRequest): Promise<NotificationRuleRow[]> {
      return db
        .select()
        .from(t)
        .where(and(eq(t.orgId, orgId), page.after ? olderThan(t.createdAt, t.id, page.after) : undefined))
        .orderBy(...newestFirst(t.createdAt, t.id))
        .limit(page.limit + 1);
    },

    async count(orgId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(t).where(eq(t.orgId, orgId));
      return row?.n ?? 0;
    },

    async enabled(orgId: string): Promise<NotificationRuleRow[]> {
      return db
        .select()
        .from(t)
        .where(and(eq(t.orgId, orgId), eq(t.enabled, true)));
    },
  };
}

export type RulesStore = ReturnType<typeof createRulesStore>;

/**
 * What users can do with notification rules. Owns authorization (any member reads, ADMIN writes; refusals are
 * audited by serveSubgraph, L1) and validation; the resolvers only map arguments and results.
 */
import { AppError, requireRole, requireUser, type Connection, type Logger, type Severity, type Viewer } from '@cspmexa/server-kit';
import type { RulesStore } from '../db/rules-store';
import type { NotificationRuleRow } from '../db/schema';
import { isUuid, pageRequest, toPage } from './page';
import { validateRuleInput, type CreateRuleInput } from './rule-input';

export interface NotificationRule {
  id: string;
  name: string;
  minSeverity: Severity;
  recipients: string[];
  enabled: boolean;
  createdAt: Date;
}

function toRule(row: NotificationRuleRow): NotificationRule {
  // The table's check constraint only admits the five severities.
  return { ...row, minSeverity: row.minSeverity as Severity };
}

export function createNotificationRules(deps: { rules: RulesStore }) {
  return {
    async list(viewer: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<Connection<NotificationRule>> {
      const { orgId } = requireUser(viewer);
      const page = pageRequest(args.first, args.after);
      const [rows, total] = await Promise.all([deps.rules.page(orgId, page), deps.rules.count(orgId)]);
      return toPage(rows.map(toRule), page, total);
    },

    async create(viewer: Viewer | null, input: CreateRuleInput, logger: Logger): Promise<NotificationRule> {
      const admin = requireRole(viewer, 'ADMIN');
      const rule = validateRuleInput(input);
      const row = await deps.rules.insert(admin.orgId, rule);
      logger.info({ action: 'createNotificationRule', userId: admin.userId, orgId: admin.orgId, ruleId: row.id }, 'notification rule created');
      return toRule(row);
    },

    /** True once deleted; NOT_FOUND when the organization has no rule with this id. */
    async delete(viewer: Viewer | null, id: string, logger: Logger): Promise<boolean> {
      const admin = requireRole(viewer, 'ADMIN');
      const deleted = isUuid(id) && (await deps.rules.delete(admin.orgId, id));
      if (!deleted) throw new AppError('NOT_FOUND', 'No such notification rule.', { field: 'id' });
      logger.info({ action: 'deleteNotificationRule', userId: admin.userId, orgId: admin.orgId, ruleId: id }, 'notification rule deleted');
      return true;
    },
  };
}

export type NotificationRules = ReturnType<typeof createNotificationRules>;

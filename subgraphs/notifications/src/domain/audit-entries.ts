/** What notifications' audit entries say (L1): who created or deleted which alert rule, sending to whom. */
import type { AuditedAction } from '@cspmexa/server-kit';
import type { NotificationRule } from './notification-rules';

export const ruleCreated = (r: NotificationRule): AuditedAction => ({
  action: 'notification_rule.created',
  target: r.id,
  details: { name: r.name, minSeverity: r.minSeverity, recipients: r.recipients.join(','), enabled: r.enabled },
});

export const ruleDeleted = (id: string) => (): AuditedAction => ({ action: 'notification_rule.deleted', target: id });

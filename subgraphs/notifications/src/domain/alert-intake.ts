/**
 * Turns a raised alert into outbox rows: one per recipient of the organization's matching rules. It only writes
 * rows and wakes the worker - sending happens elsewhere, so a slow or failing SES never slows the event path.
 */
import { severities, type AlertRaisedEvent, type Logger, type Severity } from '@cspmexa/server-kit';
import type { OutboxStore } from '../db/outbox-store';
import type { RulesStore } from '../db/rules-store';
import { composeAlertEmail } from './alert-email';
import type { Clock } from './clock';
import { recipientsFor } from './rule-matching';

export interface AlertIntakeDeps {
  rules: Pick<RulesStore, 'enabled'>;
  outbox: Pick<OutboxStore, 'enqueue'>;
  clock: Clock;
  logger: Logger;
  /** Base of the links in emails (config.PUBLIC_URL). */
  publicUrl: string;
  /** Called when new rows were queued (wakes the delivery worker). */
  onQueued(): void;
}

function isSeverity(value: unknown): value is Severity {
  return (severities as readonly unknown[]).includes(value);
}

/** Returns how many emails were newly queued; a redelivered event queues none (unique alert + recipient). */
export function createAlertIntake(deps: AlertIntakeDeps): (alert: AlertRaisedEvent) => Promise<number> {
  return async (alert) => {
    // Events may come from Redis: an unknown severity would otherwise match every rule.
    if (!isSeverity(alert.severity)) {
      deps.logger.warn({ alertId: alert.alertId, severity: alert.severity }, 'ignored an alert with an unknown severity');
      return 0;
    }
    const rules = (await deps.rules.enabled(alert.orgId)).filter((r) => isSeverity(r.minSeverity));
    const matches = recipientsFor(
      rules.map((r) => ({ ...r, minSeverity: r.minSeverity as Severity })),
      alert.severity,
    );
    if (matches.length === 0) return 0;
    const now = deps.clock.now();
    const queued = await deps.outbox.enqueue(
      matches.map(({ recipient, rule }) => ({
        orgId: alert.orgId,
        alertId: alert.alertId,
        recipient,
        ...composeAlertEmail(alert, { publicUrl: deps.publicUrl, ruleName: rule.name }),
        nextAttemptAt: now,
      })),
    );
    if (queued > 0) deps.onQueued();
    deps.logger.info({ alertId: alert.alertId, orgId: alert.orgId, queued }, 'alert emails queued');
    return queued;
  };
}

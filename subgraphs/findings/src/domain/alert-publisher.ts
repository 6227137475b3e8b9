/**
 * Publishing alerts durably (SECURITY.md X8). The event bus is at-most-once, so the committed finding_events row
 * is the record: publish after the commit, then mark it published. The relay republishes what is still unmarked
 * after `minAgeMs` (a crash or a bus outage between commit and mark), at start and then periodically. A row can
 * be published twice (crash after publish, before mark): consumers are idempotent on the alert id (notifications'
 * outbox is unique on alert id + recipient).
 */
import type { AlertRaisedEvent, Database, EventBus, Logger } from '@cspmexa/server-kit';
import { markAlertsPublished, orgsWithUnpublishedAlerts, unpublishedAlerts, unpublishedScanAlerts } from '../db/alert-outbox';

export interface AlertPublisherDeps {
  db: Database;
  bus: EventBus;
  logger: Logger;
  now?: () => Date;
  /**
   * Alerts younger than this are left to the evaluation that raised them (default 60 s). Measured from the
   * evaluation's clock, which starts before a long transaction commits: generous, so a slow commit is not
   * mistaken for a lost publish (that would only duplicate, consumers being idempotent, but toasts would show twice).
   */
  minAgeMs?: number;
  /** Alerts per org per relay round (default 500). */
  batchSize?: number;
  /** Alerts per page when publishing one evaluation's (default 2,000). */
  scanPageSize?: number;
}

export function createAlertPublisher(deps: AlertPublisherDeps) {
  const now = deps.now ?? (() => new Date());
  const minAgeMs = deps.minAgeMs ?? 60_000;
  const batchSize = deps.batchSize ?? 500;
  const scanPageSize = deps.scanPageSize ?? 2_000;

  /** Publishes each alert, marking the ones that went out; a failed publish stays pending for the relay. */
  async function publish(orgId: string, alerts: readonly AlertRaisedEvent[]): Promise<number> {
    const sent: string[] = [];
    for (const alert of alerts) {
      try {
        await deps.bus.publish('findings.alert.raised', alert);
        sent.push(alert.alertId);
      } catch (err) {
        deps.logger.warn({ err, alertId: alert.alertId, orgId }, 'alert publish failed; the relay will retry');
      }
    }
    await markAlertsPublished(deps.db, orgId, sent, now());
    return sent.length;
  }

  /**
   * Publishes what one committed evaluation raised, read back from the outbox page by page: a first scan raises
   * one alert per finding, and holding them all in memory until the commit cost the evaluation a fifth of its
   * time (bench/engine). Alerts whose publish fails stay pending for the relay; a page that does not all go out
   * ends the run (a bus that refuses everything would otherwise be asked for every alert of the scan).
   */
  async function publishScan(orgId: string, scanId: string): Promise<number> {
    let published = 0;
    let afterId: string | null = null;
    for (;;) {
      const page = await unpublishedScanAlerts(deps.db, orgId, scanId, afterId, scanPageSize);
      if (page.length === 0) return published;
      const sent = await publish(orgId, page);
      published += sent;
      if (sent < page.length || page.length < scanPageSize) return published;
      afterId = page.at(-1)!.alertId;
    }
  }

  /** One relay round over every org with pending alerts; returns how many were published. */
  async function relayPending(): Promise<number> {
    const olderThan = new Date(now().getTime() - minAgeMs);
    let published = 0;
    for (const orgId of await orgsWithUnpublishedAlerts(deps.db, olderThan)) {
      for (;;) {
        const batch = await unpublishedAlerts(deps.db, orgId, olderThan, batchSize);
        if (batch.length === 0) break;
        const sent = await publish(orgId, batch);
        published += sent;
        // A bus that refuses everything: stop this round instead of spinning on the same rows.
        if (sent < batch.length || batch.length < batchSize) break;
      }
    }
    if (published > 0) deps.logger.info({ published }, 'relayed pending alerts');
    return published;
  }

  return { publish, publishScan, relayPending };
}

export type AlertPublisher = ReturnType<typeof createAlertPublisher>;

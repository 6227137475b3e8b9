/**
 * Evaluates one finished scan: fetch the snapshot, run every check, then in one transaction move each finding
 * through its lifecycle (applying the org's live mute rules) and record the scan's evaluation and per-check
 * tallies (compliance reads them). Alerts are published after the commit, read back from the outbox, and marked; the relay republishes any
 * that did not go out (X8). Only transitions into OPEN/REOPENED raise one, so an unchanged rescan raises none
 * (X4). A scan already evaluated is skipped, so a duplicated event changes nothing.
 */
import type { Database, EventBus, Logger, ScanFinishedEvent } from '@cspmexa/server-kit';
import {
  inEvaluationTransaction,
  insertFindingEvents,
  insertScanCheckResults,
  isScanEvaluated,
  loadFindingsForEvaluation,
  recordScanEvaluation,
  touchLastSeen,
  writeFindings,
  type Tx,
} from '../db/evaluation-store';
import { isAccountDeleted } from '../db/account-purge';
import { asActiveRule, listMuteRules } from '../db/mute-store';
import { createAlertPublisher, type AlertPublisher } from './alert-publisher';
import { flatRandomUuid } from './flat-uuid';
import type { RunChecks } from './evaluate';
import { planBatches, type EvaluationCounts, type PlanBatch, type PlanSummary } from './plan-evaluation';
import type { SnapshotSource } from './snapshot-source';

export interface ScanEvaluatorDeps {
  db: Database;
  bus: EventBus;
  logger: Logger;
  fetchSnapshot: SnapshotSource;
  runChecks: RunChecks;
  now?: () => Date;
  newId?: () => string;
  /** Publishes and marks alerts; defaults to one over `bus`. */
  publisher?: AlertPublisher;
}

export type EvaluationOutcome =
  | { outcome: 'evaluated'; counts: EvaluationCounts; alerts: number }
  | { outcome: 'skipped'; reason: 'scan failed' | 'already evaluated' | 'snapshot not found' | 'account mismatch' | 'account deleted' };

export function createScanEvaluator(deps: ScanEvaluatorDeps) {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? flatRandomUuid;
  const publisher = deps.publisher ?? createAlertPublisher({ db: deps.db, bus: deps.bus, logger: deps.logger, now });

  return async function evaluateScan(event: ScanFinishedEvent): Promise<EvaluationOutcome> {
    const log = deps.logger.child({ scanId: event.scanId, orgId: event.orgId });
    if (event.status === 'FAILED') return { outcome: 'skipped', reason: 'scan failed' };

    const snapshot = await deps.fetchSnapshot({ orgId: event.orgId, scanId: event.scanId });
    if (!snapshot || snapshot.status === 'FAILED') return { outcome: 'skipped', reason: 'snapshot not found' };
    if (snapshot.accountId !== event.accountId) {
      log.warn({ snapshotAccountId: snapshot.accountId }, 'snapshot belongs to another account than the event; ignored');
      return { outcome: 'skipped', reason: 'account mismatch' };
    }
    // Checks are pure and can take a while on big inventories: run them before taking the lock.
    const verdicts = deps.runChecks(snapshot.resources);
    const awsAccountIds = verdicts.accountIds();
    // Only a complete scan proves a resource is gone; a PARTIAL one may simply have failed to list it.
    const present =
      snapshot.status === 'COMPLETED'
        ? () => ({ ids: new Set(snapshot.resources.map((r) => r.id)), arns: new Set(snapshot.resources.map((r) => r.resource.arn)) })
        : null;

    const plan = await inEvaluationTransaction(deps.db, event.orgId, async (tx) => {
      // The account may have been deleted (and purged) while the checks ran: writing now would bring it back.
      if (await isAccountDeleted(tx, event.orgId, event.accountId)) return 'account deleted' as const;
      if (await isScanEvaluated(tx, event.orgId, event.scanId)) return 'already evaluated' as const;
      const existing = await loadFindingsForEvaluation(tx, event.orgId, event.accountId, awsAccountIds);
      const at = now();
      const muteRules = (await listMuteRules(tx, event.orgId, at)).map(asActiveRule);
      const batches = planBatches({
        orgId: event.orgId,
        inventoryAccountId: event.accountId,
        scanId: event.scanId,
        verdicts,
        existing,
        present,
        now: at,
        newId,
        muteRules,
      });
      const planned = await writeBatches(tx, batches);
      await touchLastSeen(tx, event.orgId, planned.seen, at);
      await recordScanEvaluation(tx, {
        scanId: event.scanId,
        orgId: event.orgId,
        inventoryAccountId: event.accountId,
        ...planned.counts,
        evaluatedAt: at,
      });
      await insertScanCheckResults(
        tx,
        [...planned.byCheck].map(([checkId, tally]) => ({ scanId: event.scanId, checkId, orgId: event.orgId, inventoryAccountId: event.accountId, ...tally, evaluatedAt: at })),
      );
      return planned;
    });
    if (typeof plan === 'string') return { outcome: 'skipped', reason: plan };

    // Committed first, then read back from the outbox and published: a failed publish (or a crash here) leaves
    // the alert pending for the relay, never lost.
    if (plan.alerts > 0) {
      await publisher.publishScan(event.orgId, event.scanId).catch((err: unknown) => log.error({ err }, 'publishing alerts failed; the relay retries'));
    }
    log.info({ ...plan.counts, alerts: plan.alerts }, 'scan evaluated');
    return { outcome: 'evaluated', counts: plan.counts, alerts: plan.alerts };
  };
}

export type ScanEvaluator = ReturnType<typeof createScanEvaluator>;

/** Writes each batch while the next one is planned, then drops it. Returns the plan's summary. */
async function writeBatches(tx: Tx, batches: Generator<PlanBatch, PlanSummary>): Promise<PlanSummary> {
  let writing: Promise<void> = Promise.resolve();
  let next;
  try {
    for (next = batches.next(); !next.done; next = batches.next()) {
      const batch = next.value;
      await writing;
      writing = writeBatch(tx, batch);
    }
  } finally {
    // Planning threw with a write in flight: let it settle before the transaction rolls back.
    await writing.catch(() => undefined);
  }
  await writing;
  return next.value;
}

/** A batch's rows, then its history events (an event may be about a finding of the same batch). */
async function writeBatch(tx: Tx, batch: PlanBatch): Promise<void> {
  await writeFindings(tx, batch.inserts, batch.upserts);
  await insertFindingEvents(tx, batch.events);
}

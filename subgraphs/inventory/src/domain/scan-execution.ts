/**
 * Runs one scan job: claims the scan (or takes over a dead worker's), collects the account while reporting
 * progress and honouring cancel, then stores resources and outcome in one transaction, so a failed or cancelled
 * scan writes nothing but its status. Publishes `inventory.scan.progress` and `inventory.scan.finished`.
 */
import type { CloudResource } from '@cspmexa/resources';
import { findAccount, setAwsAccountNumber } from '../db/accounts';
import type { ResourceToStore } from '../db/resource-store';
import { claimScan } from '../db/scan-control';
import { findScan, finishScan, touchHeartbeat, type ScanOutcome } from '../db/scans';
import type { AwsCollector } from '../collectors/aws/collector';
import { collectAccount, type CollectionResult } from './collect-account';
import { accountTarget } from './aws-target';
import { configFingerprint } from './config-diff';
import { deletionScope } from './deletion-scope';
import { collectFromSnapshot } from './snapshot-collection';
import type { InventoryDeps } from './deps';
import type { ScanLease } from './scan-lease';
import { createProgressReporter } from './scan-progress';
import { initialProgress, type ScanProgressRecord } from './scan-progress-record';
import { recordScanResources } from './record-scan-resources';
import type { ScanJob } from './scan-queue';

/** Enough to show what went wrong; an account where everything fails would otherwise store thousands. */
const MAX_STORED_ERRORS = 500;
const DONE = { phase: 'DONE' as const, percentage: 100 };

/** Why a running scan's AbortController fired: the user cancelled, or this worker is shutting down. */
export type AbortReason = 'cancel' | 'shutdown';

function toStored(r: CloudResource): ResourceToStore {
  const tags = r.tags?.state === 'ok' ? r.tags.value : null;
  return { arn: r.arn, kind: r.kind, name: r.name, region: r.region, awsAccountId: r.accountId, tags, data: r, configHash: configFingerprint(r) };
}

export function createScanExecution(deps: InventoryDeps, collectors: readonly AwsCollector[], lease: ScanLease, running: Map<string, AbortController>) {
  const { db, logger } = deps;

  async function store(job: ScanJob, accountId: string, result: CollectionResult, progress: ScanOutcome['progress']): Promise<ScanOutcome> {
    const finishedAt = deps.clock();
    const outcome: ScanOutcome = {
      status: result.status,
      finishedAt,
      resourceCount: result.status === 'FAILED' ? 0 : result.resources.length,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, MAX_STORED_ERRORS),
      failureReason: result.status === 'FAILED' ? result.failureReason : null,
      regions: result.regions ?? [],
      ...(progress ? { progress } : {}),
    };
    await db.transaction(async (tx) => {
      if (result.status !== 'FAILED') {
        await recordScanResources(tx, {
          orgId: job.orgId,
          accountId,
          scanId: job.scanId,
          seenAt: finishedAt,
          items: result.resources.map(toStored),
          provesDeleted: deletionScope(result),
        });
        if (result.awsAccountId !== 'unknown') await setAwsAccountNumber(tx, job.orgId, accountId, result.awsAccountId);
      }
      await finishScan(tx, job.orgId, job.scanId, outcome);
    });
    return outcome;
  }

  async function collect(job: ScanJob, accountId: string, signal: AbortSignal, onProgress: (p: ScanProgressRecord) => void): Promise<CollectionResult> {
    const account = await findAccount(db, job.orgId, accountId);
    if (!account) return { status: 'FAILED' as const, failureReason: 'The AWS account was removed.', errors: [] };
    if (account.authMethod === 'SNAPSHOT') return collectFromSnapshot(deps, account, onProgress);
    const session = deps.awsClients.session(await accountTarget(deps, account));
    try {
      return await collectAccount({
        session,
        collectors,
        knownAwsAccountId: account.awsAccountId,
        defaultRegion: deps.defaultRegion,
        chosenRegions: account.regions,
        signal,
        onProgress,
        ...(deps.awsCaller ? { caller: deps.awsCaller } : {}),
      });
    } finally {
      session.destroy();
    }
  }

  return async function runScan(job: ScanJob): Promise<void> {
    const log = logger.child({ scanId: job.scanId, orgId: job.orgId });
    const scan = await findScan(db, job.orgId, job.scanId);
    const now = deps.clock();
    if (!scan || !(await claimScan(db, job.orgId, job.scanId, now, new Date(now.getTime() - lease.staleAfterMs)))) {
      // Alive in another worker (its heartbeat is fresh): fail this delivery so that the queue retries it later and
      // takes the scan over if that worker turns out dead. Finished or cancelled: the job is simply done.
      if ((await findScan(db, job.orgId, job.scanId))?.status === 'RUNNING') throw new Error('the scan is leased by another worker');
      return;
    }
    const event = { orgId: job.orgId, accountId: scan.accountId, scanId: job.scanId };
    const controller = new AbortController();
    running.set(job.scanId, controller);
    const reporter = createProgressReporter({ db, bus: deps.bus, logger: log, clock: deps.clock, scan: event, onCancelRequested: () => controller.abort('cancel') });
    let latest: ScanProgressRecord = { ...initialProgress, phase: 'CREDENTIALS' };
    const heartbeat = setInterval(() => {
      touchHeartbeat(db, job.orgId, job.scanId, deps.clock()).catch((err: unknown) => log.warn({ err }, 'scan heartbeat failed'));
    }, lease.heartbeatMs);
    heartbeat.unref();
    let result: CollectionResult;
    try {
      result = await collect(job, scan.accountId, controller.signal, (p) => reporter.report((latest = p)));
    } catch (err) {
      if (!controller.signal.aborted) log.error({ err }, 'scan crashed');
      result = { status: 'FAILED', failureReason: 'Internal error while scanning; see the server logs.', errors: [] };
    } finally {
      clearInterval(heartbeat);
      running.delete(job.scanId);
      await reporter.close();
    }
    const reason = controller.signal.aborted ? (controller.signal.reason as AbortReason) : undefined;
    // Shutting down: leave the scan RUNNING without heartbeat; the job's retry (or recovery) takes it from here.
    if (reason === 'shutdown') return;
    if (reason === 'cancel') {
      // Nothing collected is kept: a cancelled scan leaves the stored inventory exactly as it was.
      await finishScan(db, job.orgId, job.scanId, {
        status: 'CANCELLED',
        finishedAt: deps.clock(),
        resourceCount: 0,
        errorCount: 0,
        errors: [],
        failureReason: null,
        regions: [],
        progress: { ...latest, ...DONE },
      });
      log.info('scan cancelled');
      await deps.bus.publish('inventory.scan.progress', event);
      return;
    }
    let outcome: ScanOutcome;
    try {
      outcome = await store(job, scan.accountId, result, { ...latest, ...DONE });
    } catch (err) {
      log.error({ err }, 'storing the scan failed');
      outcome = await store(job, scan.accountId, { status: 'FAILED', failureReason: 'Could not store the scan results.', errors: result.errors }, { ...latest, ...DONE });
    }
    log.info({ status: outcome.status, resources: outcome.resourceCount, errors: outcome.errorCount }, 'scan finished');
    await deps.bus.publish('inventory.scan.progress', event);
    if (outcome.status !== 'CANCELLED') await deps.bus.publish('inventory.scan.finished', { ...event, status: outcome.status });
  };
}

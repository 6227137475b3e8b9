/**
 * Starting and running scans. `startScan` records a QUEUED scan and hands it to the ScanQueue, answering at once;
 * `runScan` (the queue's handler) collects the account, then stores the resources and the outcome in one
 * transaction, so a failed scan loses nothing already stored, and publishes `inventory.scan.finished`.
 */
import { AppError, requireUser, type Viewer } from '@cspmexa/server-kit';
import type { CloudResource } from '@cspmexa/resources';
import { findAccount, setAwsAccountNumber } from '../db/accounts';
import { getOrCreateExternalId } from '../db/org-settings';
import { upsertResources, type ResourceToStore } from '../db/resources';
import {
  ActiveScanExistsError,
  failAbandonedScans,
  findScan,
  finishScan,
  insertQueuedScan,
  listQueuedScans,
  markRunning,
  touchHeartbeat,
  type ScanOutcome,
} from '../db/scans';
import type { ScanRow } from '../db/schema';
import { awsCollectors } from '../collectors/aws';
import type { AwsCollector } from '../collectors/aws/collector';
import { collectAccount, type CollectionResult } from './collect-account';
import type { InventoryDeps } from './deps';
import { generateExternalId } from './external-id';
import { isUuid } from './ids';
import type { ScanJob } from './scan-queue';

const HEARTBEAT_MS = 30_000;
/** A RUNNING scan without a heartbeat for this long has lost its worker. */
export const ABANDONED_AFTER_MS = 4 * HEARTBEAT_MS;
/** Enough to show what went wrong; an account where everything fails would otherwise store thousands. */
const MAX_STORED_ERRORS = 500;

export interface ScanRunner {
  startScan(viewer: Viewer | null, accountId: string): Promise<ScanRow>;
  runScan(job: ScanJob): Promise<void>;
  /** Fails scans whose worker died and re-queues waiting ones; run at start-up and periodically. */
  recover(opts?: { requeue: boolean }): Promise<void>;
}

function toStored(r: CloudResource): ResourceToStore {
  return {
    arn: r.arn,
    kind: r.kind,
    name: r.name,
    region: r.region,
    awsAccountId: r.accountId,
    tags: r.tags?.state === 'ok' ? r.tags.value : null,
    data: r,
  };
}

export function createScanRunner(deps: InventoryDeps, collectors: readonly AwsCollector[] = deps.collectors ?? awsCollectors): ScanRunner {
  const { db, logger } = deps;

  async function collect(job: ScanJob, accountId: string): Promise<CollectionResult> {
    const account = await findAccount(db, job.orgId, accountId);
    if (!account) return { status: 'FAILED', failureReason: 'The AWS account was removed.', errors: [] };
    const externalId = await getOrCreateExternalId(db, job.orgId, generateExternalId);
    const session = deps.awsClients.session({ authMethod: account.authMethod, roleArn: account.roleArn, externalId, region: deps.defaultRegion });
    try {
      return await collectAccount({
        session,
        collectors,
        knownAwsAccountId: account.awsAccountId,
        defaultRegion: deps.defaultRegion,
        chosenRegions: account.regions,
        ...(deps.awsCaller ? { caller: deps.awsCaller } : {}),
      });
    } finally {
      session.destroy();
    }
  }

  async function store(job: ScanJob, accountId: string, result: CollectionResult): Promise<ScanOutcome> {
    const finishedAt = deps.clock();
    const outcome: ScanOutcome = {
      status: result.status,
      finishedAt,
      resourceCount: result.status === 'FAILED' ? 0 : result.resources.length,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, MAX_STORED_ERRORS),
      failureReason: result.status === 'FAILED' ? result.failureReason : null,
      regions: result.regions ?? [],
    };
    await db.transaction(async (tx) => {
      if (result.status !== 'FAILED') {
        await upsertResources(tx, job.orgId, accountId, job.scanId, finishedAt, result.resources.map(toStored));
        if (result.awsAccountId !== 'unknown') await setAwsAccountNumber(tx, job.orgId, accountId, result.awsAccountId);
      }
      await finishScan(tx, job.orgId, job.scanId, outcome);
    });
    return outcome;
  }

  async function runScan(job: ScanJob): Promise<void> {
    const log = logger.child({ scanId: job.scanId, orgId: job.orgId });
    const scan = await findScan(db, job.orgId, job.scanId);
    if (!scan || !(await markRunning(db, job.orgId, job.scanId, deps.clock()))) return; // taken or failed already
    const heartbeat = setInterval(() => {
      touchHeartbeat(db, job.orgId, job.scanId, deps.clock()).catch((err: unknown) => log.warn({ err }, 'scan heartbeat failed'));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    let result: CollectionResult;
    try {
      result = await collect(job, scan.accountId);
    } catch (err) {
      log.error({ err }, 'scan crashed');
      result = { status: 'FAILED', failureReason: 'Internal error while scanning; see the server logs.', errors: [] };
    } finally {
      clearInterval(heartbeat);
    }
    let outcome: ScanOutcome;
    try {
      outcome = await store(job, scan.accountId, result);
    } catch (err) {
      log.error({ err }, 'storing the scan failed');
      const failure = { status: 'FAILED' as const, failureReason: 'Could not store the scan results.', errors: result.errors };
      outcome = await store(job, scan.accountId, failure);
    }
    log.info({ status: outcome.status, resources: outcome.resourceCount, errors: outcome.errorCount }, 'scan finished');
    await deps.bus.publish('inventory.scan.finished', { orgId: job.orgId, accountId: scan.accountId, scanId: job.scanId, status: outcome.status });
  }

  return {
    async startScan(viewer, accountId) {
      const user = requireUser(viewer);
      const account = isUuid(accountId) ? await findAccount(db, user.orgId, accountId) : undefined;
      if (!account) throw new AppError('NOT_FOUND', 'No such AWS account.');
      let scan: ScanRow;
      try {
        scan = await insertQueuedScan(db, user.orgId, account.id);
      } catch (err) {
        if (err instanceof ActiveScanExistsError) throw new AppError('CONFLICT', 'A scan of this account is already queued or running.');
        throw err;
      }
      await deps.queue.enqueue({ orgId: user.orgId, scanId: scan.id });
      return scan;
    },
    runScan,
    async recover(opts = { requeue: false }) {
      const now = deps.clock();
      const abandoned = await failAbandonedScans(db, new Date(now.getTime() - ABANDONED_AFTER_MS), now);
      for (const s of abandoned) {
        logger.warn({ scanId: s.id }, 'failed an abandoned scan');
        await deps.bus.publish('inventory.scan.finished', { orgId: s.orgId, accountId: s.accountId, scanId: s.id, status: 'FAILED' });
      }
      if (opts.requeue) for (const s of await listQueuedScans(db)) await deps.queue.enqueue({ orgId: s.orgId, scanId: s.id });
    },
  };
}

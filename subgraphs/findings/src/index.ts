/**
 * The findings subgraph: the policy engine's service. It evaluates every finished inventory scan into findings
 * with a lifecycle (OPEN, REOPENED, RESOLVED, MUTED), raises alerts on state changes, and serves them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { createPollingLoop, subgraphAuditOutbox, type PollingLoop, type SubgraphDeps, type SubgraphModule } from '@cspmexa/server-kit';
import { auditOutbox } from './db/schema';
import { createAccountPurge } from './domain/account-purge';
import { createAccountReconcile } from './domain/account-reconcile';
import { createAlertPublisher } from './domain/alert-publisher';
import { createComplianceReader } from './domain/compliance';
import { inventoryConnectedAccounts, type ConnectedAccountsSource } from './domain/connected-accounts';
import { findCheck, listChecks, runAllChecks, type RunChecks } from './domain/evaluate';
import { createScanEvaluator } from './domain/evaluate-scan';
import { createExportService } from './domain/exports';
import { createFindingsReader } from './domain/findings-reader';
import { createMuteService } from './domain/mutes';
import { inventorySnapshotSource, type SnapshotSource } from './domain/snapshot-source';
import { buildResolvers } from './resolvers';

const here = path.dirname(fileURLToPath(import.meta.url));

export const migrationsFolder = path.resolve(here, '../drizzle');
export const typeDefs = parse(fs.readFileSync(path.join(here, 'schema.graphql'), 'utf8'));

export interface FindingsOptions {
  /** Where scanned resources come from; defaults to the inventory subgraph (`scanSnapshot`). */
  fetchSnapshot?: SnapshotSource;
  /** The policy engine; defaults to every registered check. */
  runChecks?: RunChecks;
  now?: () => Date;
  /** How often the relay republishes alerts that were committed but not published (default 30 s). */
  alertRelayIntervalMs?: number;
  /** Findings per batch written by an export (default 1000). */
  exportBatchSize?: number;
  /** How often expired mutes are swept (default 60 s). */
  muteSweepIntervalMs?: number;
  /** Which inventory accounts exist; defaults to the inventory subgraph (`connectedAccounts`). */
  connectedAccounts?: ConnectedAccountsSource;
  /**
   * How often accounts deleted while their event was missed are purged (default 10 min; the first round waits one
   * interval, as inventory may not be serving yet when this process starts).
   */
  accountReconcileIntervalMs?: number;
}

export type { ScanEvaluator, EvaluationOutcome } from './domain/evaluate-scan';
export type { SnapshotSource, ScanSnapshot } from './domain/snapshot-source';
export type { RunChecks, CheckResult } from './domain/evaluate';
export { VerdictSet } from './domain/verdict-set';

export interface FindingsModule extends SubgraphModule {
  evaluateScan: ReturnType<typeof createScanEvaluator>;
  /** What `inventory.account.deleted` runs: purges the account's findings, evaluations and account-only mute rules. */
  purgeAccount: ReturnType<typeof createAccountPurge>;
  /** One relay round (also run at start and periodically): publishes committed alerts that never went out. */
  relayAlerts: () => Promise<number>;
  /** One expiry sweep (also run at start and periodically). */
  sweepExpiredMutes: () => Promise<number>;
  /** One reconcile round (also run periodically): purges accounts inventory no longer has. */
  reconcileDeletedAccounts: ReturnType<typeof createAccountReconcile>;
  /** Resolves when every background job started so far (evaluations, exports) has finished. */
  idle: () => Promise<void>;
}

export async function createFindingsSubgraph(deps: SubgraphDeps, options: FindingsOptions = {}): Promise<FindingsModule> {
  const logger = deps.logger.child({ subgraph: 'findings' });
  const publisher = createAlertPublisher({ db: deps.db, bus: deps.bus, logger, now: options.now });
  // Background work in progress (evaluations, exports), so that stop() lets it finish instead of cutting it off (X6).
  const inFlight = new Set<Promise<unknown>>();
  const track = (job: Promise<unknown>) => {
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  };
  const mutes = createMuteService({ db: deps.db, logger, now: options.now });
  const exports = createExportService({ db: deps.db, logger, dataDir: deps.config.DATA_DIR, findCheck, track, now: options.now, batchSize: options.exportBatchSize });
  const evaluateScan = createScanEvaluator({
    db: deps.db,
    bus: deps.bus,
    logger,
    fetchSnapshot:
      options.fetchSnapshot ?? inventorySnapshotSource({ inventoryUrl: deps.config.INVENTORY_URL, internalSecret: deps.secrets.internalSecret }),
    runChecks: options.runChecks ?? runAllChecks,
    now: options.now,
    publisher,
  });
  const purgeAccount = createAccountPurge({ db: deps.db, logger, now: options.now });
  const reconcileDeletedAccounts = createAccountReconcile({
    db: deps.db,
    logger,
    purgeAccount,
    connectedAccounts:
      options.connectedAccounts ?? inventoryConnectedAccounts({ inventoryUrl: deps.config.INVENTORY_URL, internalSecret: deps.secrets.internalSecret }),
  });
  let unsubscribe: (() => Promise<void>)[] = [];
  let loops: PollingLoop[] = [];

  return {
    name: 'findings',
    typeDefs,
    auditOutbox: subgraphAuditOutbox(deps, 'findings', auditOutbox),
    resolvers: buildResolvers({
      reader: createFindingsReader(deps.db),
      listChecks,
      findCheck,
      mutes,
      compliance: createComplianceReader({ db: deps.db, now: options.now }),
      exports,
    }),
    evaluateScan,
    purgeAccount,
    relayAlerts: publisher.relayPending,
    sweepExpiredMutes: mutes.sweepExpired,
    reconcileDeletedAccounts,
    idle: async () => {
      await Promise.allSettled([...inFlight]);
    },
    async start() {
      // At start (catching up after a crash), then periodically; failures are logged and retried next round.
      loops = [
        createPollingLoop({ round: publisher.relayPending, pollIntervalMs: options.alertRelayIntervalMs ?? 30_000, logger, failureMessage: 'alert relay round failed' }),
        createPollingLoop({ round: mutes.sweepExpired, pollIntervalMs: options.muteSweepIntervalMs ?? 60_000, logger, failureMessage: 'mute expiry sweep failed' }),
        createPollingLoop({
          round: reconcileDeletedAccounts,
          pollIntervalMs: options.accountReconcileIntervalMs ?? 600_000,
          logger,
          failureMessage: 'deleted accounts reconcile failed',
          firstRoundAfterInterval: true,
        }),
      ];
      for (const loop of loops) loop.start();
      unsubscribe = [
        await deps.bus.subscribe('inventory.scan.finished', async (event) => {
          const run = evaluateScan(event).catch((err: unknown) => {
            // The scan stays unevaluated (Scan.evaluation is null); the next scan of the account catches up.
            logger.error({ err, scanId: event.scanId, orgId: event.orgId }, 'scan evaluation failed');
          });
          track(run);
          await run;
        }),
        await deps.bus.subscribe('inventory.account.deleted', async (event) => {
          const run = purgeAccount(event).catch((err: unknown) => logger.error({ err, accountId: event.accountId, orgId: event.orgId }, 'purging a deleted account failed'));
          track(run);
          await run;
        }),
      ];
    },
    async stop() {
      await Promise.all(unsubscribe.map((off) => off()));
      unsubscribe = [];
      await Promise.all(loops.map((loop) => loop.stop()));
      loops = [];
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * The findings subgraph: the policy engine's service. It evaluates every finished inventory scan into findings
 * with a lifecycle (OPEN, REOPENED, RESOLVED, MUTED), raises alerts on state changes, and serves them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { SubgraphDeps, SubgraphModule } from '@cspmexa/server-kit';
import { findCheck, listChecks, runAllChecks, type RunChecks } from './domain/evaluate';
import { createScanEvaluator } from './domain/evaluate-scan';
import { createFindingsReader } from './domain/findings-reader';
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
}

export type { ScanEvaluator, EvaluationOutcome } from './domain/evaluate-scan';
export type { SnapshotSource, ScanSnapshot } from './domain/snapshot-source';
export type { RunChecks, CheckResult } from './domain/evaluate';

export async function createFindingsSubgraph(deps: SubgraphDeps, options: FindingsOptions = {}): Promise<SubgraphModule & { evaluateScan: ReturnType<typeof createScanEvaluator> }> {
  const logger = deps.logger.child({ subgraph: 'findings' });
  const evaluateScan = createScanEvaluator({
    db: deps.db,
    bus: deps.bus,
    logger,
    fetchSnapshot:
      options.fetchSnapshot ?? inventorySnapshotSource({ inventoryUrl: deps.config.INVENTORY_URL, internalSecret: deps.secrets.internalSecret }),
    runChecks: options.runChecks ?? runAllChecks,
    now: options.now,
  });
  let unsubscribe: (() => Promise<void>) | undefined;
  // Evaluations in progress, so that stop() lets them commit instead of cutting them off (X6).
  const inFlight = new Set<Promise<unknown>>();

  return {
    name: 'findings',
    typeDefs,
    resolvers: buildResolvers({ reader: createFindingsReader(deps.db), listChecks, findCheck }),
    evaluateScan,
    async start() {
      unsubscribe = await deps.bus.subscribe('inventory.scan.finished', async (event) => {
        const run = evaluateScan(event).catch((err: unknown) => {
          // The scan stays unevaluated (Scan.evaluation is null); the next scan of the account catches up.
          logger.error({ err, scanId: event.scanId, orgId: event.orgId }, 'scan evaluation failed');
        });
        inFlight.add(run);
        await run.finally(() => inFlight.delete(run));
      });
    },
    async stop() {
      await unsubscribe?.();
      unsubscribe = undefined;
      await Promise.allSettled([...inFlight]);
    },
  };
}

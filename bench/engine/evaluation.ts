/**
 * Evaluations per second, the way the findings subgraph does them: every registered check on every resource
 * (`runAllChecks`), then `planEvaluation` turns the verdicts into the findings rows to write (first scan of an
 * empty store, so every failing verdict becomes a new row). The baseline finds each resource's checks by scanning
 * the whole registry, rebuilds settings per call and copies each verdict with spreads into a row.
 */
import crypto from 'node:crypto';
import { allChecks } from '@cspmexa/checks';
import type { InventoryResource } from '@cspmexa/resources';
import { runAllChecks } from '../../subgraphs/findings/src/domain/evaluate';
import { flatRandomUuid } from '../../subgraphs/findings/src/domain/flat-uuid';
import { planEvaluation, type EvaluationPlan } from '../../subgraphs/findings/src/domain/plan-evaluation';

export interface EvaluationRun {
  verdicts: number;
  rows: number;
}

export const BENCH_ORG = 'bench-org';
export const BENCH_ACCOUNT = 'bench-inventory-account';

/** The subgraph's pure part of an evaluation, without the database: checks, then the rows to write. */
export function planScan(estate: readonly InventoryResource[], scanId = 'bench-scan-1'): EvaluationPlan & { verdicts: number } {
  const verdicts = runAllChecks(estate);
  const plan = planEvaluation({
    orgId: BENCH_ORG,
    inventoryAccountId: BENCH_ACCOUNT,
    scanId,
    verdicts,
    existing: [],
    present: () => ({ ids: new Set(estate.map((r) => r.id)), arns: new Set(estate.map((r) => r.resource.arn)) }),
    now: new Date(),
    newId: flatRandomUuid,
  });
  return { ...plan, verdicts: verdicts.received };
}

export function productEvaluation(estate: readonly InventoryResource[]): EvaluationRun {
  const plan = planScan(estate);
  return { verdicts: plan.verdicts, rows: plan.upserts.length };
}

export function naiveEvaluation(estate: readonly InventoryResource[]): EvaluationRun {
  let verdicts = 0;
  let rows = 0;
  for (const item of estate) {
    for (const check of allChecks) {
      if (check.metadata.resourceKind !== item.resource.kind) continue;
      const settings = structuredClone(check.metadata.settings ?? {});
      const out = check.evaluate(item.resource as never, { settings, account: undefined, now: new Date() } as never);
      for (const e of Array.isArray(out) ? out : [out]) {
        const row = { ...check.metadata, ...e, resourceId: item.id, id: crypto.randomUUID(), orgId: BENCH_ORG };
        verdicts += 1;
        if ((row as { status?: string }).status !== 'PASS') rows += 1;
      }
    }
  }
  return { verdicts, rows };
}

/** Best wall time of `rounds` runs after one warm-up (JIT, caches), with the CPU seconds of that round. */
export function bestOf<T>(rounds: number, fn: () => T): { seconds: number; cpuSeconds: number; last: T } {
  let last = fn();
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    last = fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    if (wall < seconds) {
      seconds = wall;
      cpuSeconds = (c.user + c.system) / 1e6;
    }
  }
  return { seconds, cpuSeconds, last };
}

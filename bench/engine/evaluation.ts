/**
 * Evaluations per second, the way the findings subgraph does them: every registered check on every resource
 * (`runAllChecks`), then `planBatches` turns the verdicts into the findings rows to write, batch by batch (first
 * scan of an empty store, so every failing verdict becomes a new row, with the history event that opens it, which
 * is also its alert's outbox row). As in the evaluator, each batch is handed on and dropped; here nothing is written (the
 * evaluator then publishes the alerts from the outbox after its commit: figure (3) counts that). The baseline
 * finds each resource's checks by scanning the whole registry, rebuilds settings per call and copies each verdict
 * with spreads into a row.
 */
import crypto from 'node:crypto';
import { allChecks } from '@cspmexa/checks';
import type { InventoryResource } from '@cspmexa/resources';
import { runAllChecks } from '../../subgraphs/findings/src/domain/evaluate';
import { flatRandomUuid } from '../../subgraphs/findings/src/domain/flat-uuid';
import { planBatches, planEvaluation, type EvaluationPlan, type PlanInput } from '../../subgraphs/findings/src/domain/plan-evaluation';

export interface EvaluationRun {
  verdicts: number;
  rows: number;
}

export const BENCH_ORG = 'bench-org';
export const BENCH_ACCOUNT = 'bench-inventory-account';

function firstScanInput(estate: readonly InventoryResource[], scanId: string): PlanInput {
  return {
    orgId: BENCH_ORG,
    inventoryAccountId: BENCH_ACCOUNT,
    scanId,
    verdicts: runAllChecks(estate),
    existing: [],
    present: () => ({ ids: new Set(estate.map((r) => r.id)), arns: new Set(estate.map((r) => r.resource.arn)) }),
    now: new Date(),
    newId: flatRandomUuid,
  };
}

/** Every row of a first scan at once, for the write benchmarks. */
export function planScan(estate: readonly InventoryResource[], scanId = 'bench-scan-1'): EvaluationPlan {
  return planEvaluation(firstScanInput(estate, scanId));
}

/** Checks, then the plan batch by batch as the evaluator consumes it (minus the writes). */
export function productEvaluation(estate: readonly InventoryResource[]): EvaluationRun & { events: number; alerts: number } {
  const input = firstScanInput(estate, 'bench-scan-1');
  const batches = planBatches(input);
  let rows = 0;
  let events = 0;
  for (let next = batches.next(); ; next = batches.next()) {
    if (next.done) return { verdicts: input.verdicts.received, rows, events, alerts: next.value.alerts };
    rows += next.value.inserts.length + next.value.upserts.length;
    // A new finding carries the event that opens it (written with it); the others are about stored findings.
    events += next.value.inserts.length + next.value.events.length;
  }
}

export function naiveEvaluation(estate: readonly InventoryResource[]): EvaluationRun & { events: number; alerts: number } {
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
  return { verdicts, rows, events: 0, alerts: 0 };
}

/**
 * Best wall time of `rounds` runs after one warm-up (JIT, caches), with the CPU seconds of that round, and the
 * median wall time: the best is what the code can do on this machine, the median how much the host's other load
 * moved it.
 */
export interface BestOf<T> {
  seconds: number;
  medianSeconds: number;
  cpuSeconds: number;
  /** Every timed round's wall time. */
  walls: number[];
  last: T;
}

export function bestOf<T>(rounds: number, fn: () => T): BestOf<T> {
  let last = fn();
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  const walls: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    last = fn();
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    walls.push(wall);
    if (wall < seconds) {
      seconds = wall;
      cpuSeconds = (c.user + c.system) / 1e6;
    }
  }
  return { seconds, medianSeconds: median(walls), cpuSeconds, walls, last };
}

/**
 * The figures of several processes as one: the best process's best round, and the median of every round of
 * every process. On this VM a process can run slow for its whole life (a CPU-bound neighbour on the other core
 * slowed four of eight processes by 40-90%, every function of their profiles alike): the best of a few processes
 * is what the code does, the median says how often the host got in the way.
 */
export function bestOfProcesses<T>(figures: readonly BestOf<T>[]): BestOf<T> {
  if (figures.length === 0) throw new Error('bestOfProcesses: no figure');
  const best = figures.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const walls = figures.flatMap((f) => f.walls);
  return { ...best, walls, medianSeconds: median(walls) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

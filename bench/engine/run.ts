/**
 * Policy engine throughput: every check on a synthetic estate, the indexed runner against a naive baseline
 * (find the applicable checks for each resource by scanning the whole registry, rebuild settings per call, copy
 * each verdict with spreads), both measured in this run on this machine. Prints figures and ratios; asserts nothing.
 */
import { allChecks, runChecks } from '@cspmexa/checks';
import { syntheticBuckets } from './synthetic-estate';

const COUNT = Number(process.env.BENCH_RESOURCES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const estate = syntheticBuckets(COUNT);

function naive(): number {
  let n = 0;
  for (const item of estate) {
    for (const check of allChecks) {
      if (check.metadata.resourceKind !== item.resource.kind) continue;
      const settings = structuredClone(check.metadata.settings ?? {});
      const out = check.evaluate(item.resource as never, { settings, account: undefined } as never);
      for (const e of Array.isArray(out) ? out : [out]) {
        const row = { ...check.metadata, ...e, resourceId: item.id };
        if (row) n += 1;
      }
    }
  }
  return n;
}

function indexed(): number {
  return runChecks(estate).length;
}

function measure(name: string, fn: () => number): { name: string; best: number; verdicts: number } {
  fn(); // warm-up: JIT and caches
  let best = Infinity;
  let verdicts = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    verdicts = fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { name, best, verdicts };
}

const baseline = measure('naive baseline', naive);
const engine = measure('runChecks', indexed);
console.log(`policy engine: ${COUNT} resources x ${allChecks.length} checks, best of ${ROUNDS} rounds`);
for (const m of [baseline, engine]) {
  console.log(`  ${m.name.padEnd(16)} ${m.best.toFixed(3)} s  ${Math.round(m.verdicts / m.best).toLocaleString('en-US')} evaluations/s  (${m.verdicts} verdicts)`);
}
console.log(`  speed-up vs baseline: ${(baseline.best / engine.best).toFixed(2)}x`);
console.log(`  peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

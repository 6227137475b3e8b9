/**
 * Collector benchmark: a local AWS-compatible endpoint (child process) enforcing EC2's token buckets and 30 ms of
 * latency per call serves a 10,000-resource estate in 2 regions; the naive sequential baseline and the product
 * collector each read all of it, measured in this run on this machine. Prints figures and ratios; asserts nothing.
 *   BENCH_SCALE       fraction of the estate (default 1: 3,000 instances, 2,000 groups, 2,000 volumes, 1,000
 *                     buckets, 1,000 users, 1,000 roles, plus 200 snapshots and 10 VPCs)
 *   BENCH_LATENCY_MS  latency added to every answer (default 30)
 *   BENCH_SKIP_NAIVE  set to 1 to measure only the product collector (the baseline takes minutes)
 */
import { callsPerBucket, minimumCallPlan } from './call-plan';
import { buildEstate, fullEstate, scaled } from './fake-aws/estate';
import { defaultLimits } from './fake-aws/limits';
import { benchRegions } from './fake-aws/server';
import { spawnFakeAws } from './fake-aws/spawn';
import { lowerBound } from './lower-bound';
import { measure, type Measurement } from './measure';
import { naiveCollector } from './naive';
import { productCollector } from './product-collector';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 30);
const counts = scaled(fullEstate, SCALE);
const regions = [...benchRegions];
const plan = minimumCallPlan(buildEstate(counts, regions));
const minimumCalls = plan.reduce((n, c) => n + c.count, 0);
const tStarMinimum = lowerBound(callsPerBucket(plan).values(), defaultLimits);

const fake = await spawnFakeAws({ counts, regions, latencyMs: LATENCY_MS });
const runs: Measurement[] = [];
try {
  if (process.env.BENCH_SKIP_NAIVE !== '1') runs.push(await measure(naiveCollector, fake, regions));
  if (productCollector.wired) runs.push(await measure(productCollector, fake, regions));
} finally {
  await fake.close();
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const s = (x: number) => `${x.toFixed(1)} s`;
console.log(`collector: ${n(Object.values(counts).reduce((a, b) => a + b, 0))} resources in ${regions.join(', ')}, ${LATENCY_MS} ms per call`);
console.log(`  minimum calls: ${n(minimumCalls)}; T* for them: ${s(tStarMinimum.seconds)} (bottleneck ${tStarMinimum.bottleneck ?? 'none'})`);
for (const m of runs) {
  const t = m.stats.throttles;
  const givenUp = Object.values(t.givenUp).reduce((a, b) => a + b, 0);
  console.log(`  ${m.collector.name}`);
  console.log(`    wall ${s(m.wallSeconds)}   T* ${s(m.tStar.seconds)} (${m.tStar.bottleneck ?? 'within bursts'})   wall/T* ${m.tStar.seconds > 0 ? (m.wallSeconds / m.tStar.seconds).toFixed(2) : 'n/a'} (target <= 1.25)`);
  console.log(`    calls ${n(m.calls)} vs minimum ${n(minimumCalls)} (${(m.calls / minimumCalls).toFixed(2)}x)   resources read ${n(m.outcome.resources)}   errors recorded ${m.outcome.errors.length}`);
  console.log(`    throttling: ${n(t.answered)} answered = ${n(t.retried)} retried + ${n(givenUp)} given up; ${m.throttlesRecorded} recorded as errors; LOST ${m.throttlesLost}`);
  console.log(`    peak RSS ${m.peakRssMiB.toFixed(0)} MiB, peak heap growth ${m.peakHeapGrowthMiB.toFixed(0)} MiB`);
}
if (!productCollector.wired) console.log('  product collector: not wired (placeholder in bench/collector/product-collector.ts)');
const [baseline, product] = runs;
if (baseline && product && product.collector.wired) console.log(`  speed-up vs naive: ${(baseline.wallSeconds / product.wallSeconds).toFixed(2)}x`);

/**
 * Runs one collector against the (freshly reset) fake endpoint and gathers its figures: wall time, the calls the
 * endpoint served and throttled, T* for the calls it admitted, peak memory (sampled), and the throttling ledger:
 * every throttling answer was either followed by a retry of the same request or must appear among the errors
 * the collector recorded; what is in neither is lost.
 */
import type { CallStats } from './fake-aws/call-stats';
import { defaultLimits, type ApiClass, type BucketLimits } from './fake-aws/limits';
import type { FakeAwsProcess } from './fake-aws/spawn';
import { benchCredentials } from './fake-aws/server';
import type { BenchCollector, CollectOutcome } from './collect-with';
import { lowerBound, type LowerBound } from './lower-bound';

export interface Measurement {
  collector: BenchCollector;
  wallSeconds: number;
  outcome: CollectOutcome;
  stats: CallStats;
  /** Calls the endpoint answered, throttled ones included. */
  calls: number;
  tStar: LowerBound;
  peakRssMiB: number;
  /** Peak heap above the heap at the start of the run. */
  peakHeapGrowthMiB: number;
  throttlesRecorded: number;
  throttlesLost: number;
}

const throttlingCodes = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'SlowDown', 'TooManyRequestsException', 'RequestThrottled']);
const bareApi = (api: string) => api.split(':').pop() ?? api;

/** Per API, throttled requests never completed that the collector did not record as a throttling error. */
export function lostThrottles(givenUp: Record<string, number>, outcome: CollectOutcome): { recorded: number; lost: number } {
  const recorded = new Map<string, number>();
  for (const e of outcome.errors) if (throttlingCodes.has(e.code)) recorded.set(bareApi(e.api), (recorded.get(bareApi(e.api)) ?? 0) + 1);
  // Both sides keyed by the bare operation: the endpoint labels S3 Control `s3control:GetPublicAccessBlock`.
  const gaveUp = new Map<string, number>();
  for (const [api, n] of Object.entries(givenUp)) gaveUp.set(bareApi(api), (gaveUp.get(bareApi(api)) ?? 0) + n);
  let lost = 0;
  for (const [api, n] of gaveUp) lost += Math.max(0, n - (recorded.get(api) ?? 0));
  return { recorded: [...recorded.values()].reduce((a, b) => a + b, 0), lost };
}

export async function measure(
  collector: BenchCollector,
  fake: FakeAwsProcess,
  regions: readonly string[],
  limits: Record<ApiClass, BucketLimits> = defaultLimits,
): Promise<Measurement> {
  await fake.reset();
  (globalThis as { gc?: () => void }).gc?.();
  const heapAtStart = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  let peakHeap = heapAtStart;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const t0 = process.hrtime.bigint();
  let outcome: CollectOutcome;
  try {
    outcome = await collector.collectWith(fake.endpoint, benchCredentials, regions);
  } finally {
    clearInterval(sampler);
  }
  const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stats = await fake.stats();
  const admitted = Object.values(stats.buckets).map((b) => ({ region: b.region, apiClass: b.apiClass, calls: b.admitted }));
  const calls = Object.values(stats.calls).reduce((n, c) => n + c.served + c.throttled, 0);
  const { recorded, lost } = lostThrottles(stats.throttles.givenUp, outcome);
  return {
    collector,
    wallSeconds,
    outcome,
    stats,
    calls,
    tStar: lowerBound(admitted, limits),
    peakRssMiB: peakRss / 2 ** 20,
    peakHeapGrowthMiB: (peakHeap - heapAtStart) / 2 ** 20,
    throttlesRecorded: recorded,
    throttlesLost: lost,
  };
}

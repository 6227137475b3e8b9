/**
 * Policy engine and findings pipeline (issue 5), each figure next to a baseline measured in this run on this
 * machine. Prints figures and ratios; asserts nothing.
 *   1. evaluations per second: BENCH_RESOURCES (default 100,000) synthetic resources across S3, EC2 and IAM,
 *      every registered check, the findings rows built by the findings subgraph's planner; baseline: a naive loop.
 *      Each path runs in a process of its own (figure-one.ts): in one process the first left the other's checks
 *      with polymorphic inline caches.
 *   2. writes into PostgreSQL (DATABASE_URL, default the local PostgreSQL 15; a fresh database, dropped at the end):
 *      BENCH_FINDINGS (default 100,000) findings rows: a first scan's batched write (INSERT, with the history event
 *      opening each finding) and the rewrite of the stored rows (INSERT ... ON CONFLICT DO UPDATE) vs one INSERT
 *      per result (and one per its event); one warm-up, best of BENCH_ROUNDS.
 *   3. a first scan and an unchanged rescan of those findings through the subgraph's evaluator: time, alerts.
 *   BENCH_ROUNDS (default 3): timed rounds after a warm-up for (1) and (2): the best, and the median beside it.
 *   BENCH_PROCESSES (default 3): processes per path of (1), taking turns; the best process's best round is printed,
 *   the median of all their rounds beside it (on this VM a process can be slow for its whole life).
 *   BENCH_NAIVE_ROWS (default 10,000): rows the one-INSERT-per-result baseline writes (its rate is per row; all
 *   100,000 would take minutes).
 * Each figure is wall time and, in brackets, CPU seconds: this process plus the PostgreSQL backends of the bench's
 * database (when the server is on this host). On a shared machine wall time includes everyone else's load; the
 * CPU seconds are what the work costs on one core, and the rate "per CPU second" is the one to compare runs by.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { allChecks } from '@cspmexa/checks';
import { bestOfProcesses, median, planScan, type BestOf, type EvaluationRun } from './evaluation';
import { openFindingsDatabase } from './findings-database';
import { mixedEstate } from './mixed-estate';
import { scanEvaluator } from './rescan';
import type { CpuSample } from './cpu-meter';
import { batchedInsert, batchedRewrite, insertOneByOne, storedRows, type WriteFigure } from './upsert-throughput';

const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 100_000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const NAIVE_ROWS = Number(process.env.BENCH_NAIVE_ROWS ?? 10_000);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3);

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const s = (x: number) => `${x.toFixed(2)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
/** CPU seconds of a figure: this process, plus PostgreSQL's backends when they could be read. */
const cpuOf = (c: CpuSample) => c.node + (c.postgres ?? 0);
const cpuText = (c: CpuSample) => `[CPU ${s(cpuOf(c))}: node ${s(c.node)}${c.postgres === null ? ', postgres not readable' : ` + postgres ${s(c.postgres)}`}]`;

// The young-generation size and pretenuring change figure (1) by much (see bench/README.md): say what this run has.
const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
const semiSpace = /--max-semi-space-size=(\d+)/.exec(flags)?.[1];
const pretenuring = !flags.includes('--no-allocation-site-pretenuring');
console.log(
  `runtime: Node ${process.version}, ${semiSpace ? `--max-semi-space-size=${semiSpace}` : "V8's default young generation"}, allocation-site pretenuring ${pretenuring ? 'on' : 'off'}${semiSpace && !pretenuring ? ' (as the product runs)' : ': NOT the product\'s runtime, run `npm run bench`'}`,
);

// 1. Evaluations per second, each path in processes of its own with this one's runtime flags (figure-one.ts),
// PROCESSES of them, the paths taking turns.
type Figure = BestOf<EvaluationRun & { events: number; alerts: number }>;
type Mode = 'naive' | 'product' | 'checks';
const inProcess = (mode: Mode): Figure => {
  const script = fileURLToPath(new URL('./figure-one.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...process.execArgv, script, mode, String(RESOURCES), String(ROUNDS)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Figure;
};
const runs: Record<Mode, Figure[]> = { naive: [], product: [], checks: [] };
for (let p = 0; p < PROCESSES; p++) for (const mode of ['naive', 'product', 'checks'] as const) runs[mode].push(inProcess(mode));
const apart = (mode: Mode): Figure => bestOfProcesses(runs[mode]);
const naive = apart('naive');
const product = apart('product');
const checksAlone = apart('checks');
console.log(`policy engine: ${n(RESOURCES)} resources (S3 buckets, EC2 security groups, IAM users and roles) x ${allChecks.length} checks, best of ${PROCESSES} processes x ${ROUNDS} rounds (the median of all their rounds beside it)`);
for (const [name, m] of [['naive baseline', naive], ['runAllChecks + planBatches', product]] as const) {
  console.log(
    `  ${name.padEnd(27)} ${s(m.seconds)}  ${n(m.last.verdicts / m.seconds)} evaluations/s (median ${n(m.last.verdicts / m.medianSeconds)})  [CPU ${s(m.cpuSeconds)}: ${n(m.last.verdicts / m.cpuSeconds)} per CPU second]  (${n(m.last.verdicts)} verdicts, ${n(m.last.rows)} findings rows${m.last.events ? `, ${n(m.last.events)} history events, ${n(m.last.alerts)} alerts` : ''})`,
  );
}
console.log(`    of which the checks into a VerdictSet alone ${s(checksAlone.seconds)} (${n(checksAlone.last.verdicts / checksAlone.seconds)} evaluations/s) [CPU ${s(checksAlone.cpuSeconds)}]; planning the rows ${s(product.seconds - checksAlone.seconds)}`);
console.log(
  `  speed-up vs baseline: ${ratio(naive.seconds, product.seconds)} [CPU ${ratio(naive.cpuSeconds, product.cpuSeconds)}]   target >= 1,000,000 evaluations/s: ${ratio(product.last.verdicts / product.seconds, 1_000_000)} of it (median ${ratio(product.last.verdicts / product.medianSeconds, 1_000_000)}) [per CPU second ${ratio(product.last.verdicts / product.cpuSeconds, 1_000_000)}]`,
);

// 2 and 3 need an estate whose first scan plans about FINDINGS rows: scale by the ratio just measured.
const sized = mixedEstate(Math.max(1, Math.round((FINDINGS * RESOURCES) / Math.max(1, product.last.rows))));
const rows = planScan(sized).inserts; // a first scan: every row is a new finding
const fdb = await openFindingsDatabase();
try {
  const db = fdb.handle.db;
  console.log(`findings writes: ${n(rows.length)} findings rows from ${n(sized.length)} resources, ${fdb.version}`);
  await fdb.empty();
  const oneByOne = await insertOneByOne(db, fdb.url, rows.slice(0, NAIVE_ROWS));
  // One warm-up round (the client's statement building is cold, as figure 1's checks are), then the best of ROUNDS,
  // each from empty tables; the rewrite runs on the rows its round just wrote.
  const writes: WriteFigure[] = [];
  const rewrites: WriteFigure[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    await fdb.empty();
    const written = await batchedInsert(db, fdb.url, rows);
    const rewritten = await batchedRewrite(db, fdb.url, await storedRows(db, rows));
    if (round === 0) {
      console.log(`  (warm-up round: batched write ${s(written.seconds)}, ${n(written.rowsPerSecond)} findings/s; rewrite ${s(rewritten.seconds)})`);
      continue;
    }
    writes.push(written);
    rewrites.push(rewritten);
  }
  const fastest = (list: readonly WriteFigure[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const medianRate = (list: readonly WriteFigure[]) => median(list.map((w) => w.rowsPerSecond));
  const batched = fastest(writes);
  const rewrite = fastest(rewrites);
  await fdb.empty();
  const perCpu = (w: WriteFigure) => w.rows / cpuOf(w.cpu);
  const line = (name: string, w: WriteFigure, note = '') => console.log(`  ${name.padEnd(40)} ${s(w.seconds)}  ${n(w.rowsPerSecond)} findings/s  ${cpuText(w.cpu)} ${n(perCpu(w))} per CPU second${note}`);
  line('one INSERT per finding and its event', oneByOne, `  (first ${n(oneByOne.rows)} rows)`);
  line('batched write of a first scan (+ events)', batched, `  (median ${n(medianRate(writes))})`);
  line('batched rewrite of stored rows (UPSERT)', rewrite, `  (median ${n(medianRate(rewrites))}; every row conflicts and is updated)`);
  for (const [name, w, all] of [['write', batched, writes], ['rewrite', rewrite, rewrites]] as const) {
    console.log(
      `  ${name} speed-up vs baseline: ${ratio(w.rowsPerSecond, oneByOne.rowsPerSecond)} [CPU ${ratio(perCpu(w), perCpu(oneByOne))}]   target >= 20,000 findings/s: ${ratio(w.rowsPerSecond, 20_000)} of it (median ${ratio(medianRate(all), 20_000)}) [per CPU second ${ratio(perCpu(w), 20_000)}]`,
    );
  }

  const scan = scanEvaluator(db, fdb.url, sized);
  const first = await scan('bench-scan-1');
  const [stored] = ((await db.execute(sql`select count(*)::int as c from findings.findings`)) as unknown as { rows: { c: number }[] }).rows;
  const rescan = await scan('bench-scan-2');
  console.log(`evaluator (checks, lock, load, plan, upsert, events, tallies, alerts) on ${n(stored?.c ?? 0)} stored findings`);
  console.log(`  first scan              ${s(first.seconds)}  ${n((stored?.c ?? 0) / first.seconds)} findings/s  ${n(first.alerts)} alerts  ${cpuText(first.cpu)}`);
  console.log(
    `  unchanged rescan        ${s(rescan.seconds)}  ${n((stored?.c ?? 0) / rescan.seconds)} findings/s  ${n(rescan.alerts)} alerts  ${cpuText(rescan.cpu)}  (target < 10 s, 0 alerts)   vs first scan: ${ratio(rescan.seconds, first.seconds)}`,
  );
} finally {
  await fdb.dropAll();
}
console.log(`  peak RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

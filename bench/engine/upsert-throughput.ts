/**
 * Writing findings rows into PostgreSQL: the subgraph's batched upsert (`upsertFindings`, multi-row INSERT ... ON
 * CONFLICT in one evaluation transaction) against the naive baseline, one INSERT statement per result in its own
 * implicit transaction. Each starts from empty tables; the rows are the ones a first scan plans.
 */
import type { Database } from '@cspmexa/server-kit';
import { inEvaluationTransaction, upsertFindings } from '../../subgraphs/findings/src/db/evaluation-store';
import { findings, type NewFindingRow } from '../../subgraphs/findings/src/db/schema';
import { startCpuMeter, type CpuSample } from './cpu-meter';
import { BENCH_ORG } from './evaluation';

export interface WriteFigure {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  cpu: CpuSample;
}

async function timed(databaseUrl: string, rows: number, work: () => Promise<void>): Promise<WriteFigure> {
  const meter = startCpuMeter(databaseUrl);
  const t0 = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rows, seconds, rowsPerSecond: rows / seconds, cpu: meter() };
}

export function batchedUpsert(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, () => inEvaluationTransaction(db, BENCH_ORG, (tx) => upsertFindings(tx, rows)));
}

export function insertOneByOne(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, async () => {
    for (const row of rows) await db.insert(findings).values(row);
  });
}

/**
 * Writing findings rows into PostgreSQL, the subgraph's way against the naive baseline (one INSERT statement per
 * result in its own implicit transaction):
 *   - a first scan's write (`writeFindings` in one evaluation transaction: the new rows by multi-row INSERT, their
 *     resources into the text search's table), from empty tables;
 *   - rewriting those rows once stored (`writeFindings` with them as upserts: INSERT ... ON CONFLICT DO UPDATE,
 *     every row conflicting), what an evaluation does to stored findings whose state changed.
 */
import type { Database } from '@cspmexa/server-kit';
import { inEvaluationTransaction, writeFindings } from '../../subgraphs/findings/src/db/evaluation-store';
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

export function batchedInsert(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, () => inEvaluationTransaction(db, BENCH_ORG, (tx) => writeFindings(tx, rows, [])));
}

export function batchedRewrite(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, () => inEvaluationTransaction(db, BENCH_ORG, (tx) => writeFindings(tx, [], rows)));
}

export function insertOneByOne(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, async () => {
    for (const row of rows) await db.insert(findings).values(row);
  });
}

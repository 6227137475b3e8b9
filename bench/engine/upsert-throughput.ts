/**
 * Writing findings rows into PostgreSQL, the subgraph's way against the naive baseline (per result, one INSERT
 * statement for the finding and one for the history event that opens it, each in its own implicit transaction):
 *   - a first scan's write (`writeFindings` in one evaluation transaction: the new rows and their opening events
 *     by multi-row INSERT, their resources into the text search's table), from empty tables;
 *   - rewriting those rows once stored (`writeFindings` with them as upserts: INSERT ... ON CONFLICT DO UPDATE,
 *     every row conflicting), what an evaluation does to stored findings whose state changed.
 */
import crypto from 'node:crypto';
import type { Database } from '@cspmexa/server-kit';
import { inEvaluationTransaction, writeFindings } from '../../subgraphs/findings/src/db/evaluation-store';
import { findingEvents, findings, type NewFinding, type NewFindingRow } from '../../subgraphs/findings/src/db/schema';
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

export function batchedInsert(db: Database, databaseUrl: string, rows: readonly NewFinding[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, () => inEvaluationTransaction(db, BENCH_ORG, (tx) => writeFindings(tx, rows, [])));
}

export function batchedRewrite(db: Database, databaseUrl: string, rows: readonly NewFindingRow[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, () => inEvaluationTransaction(db, BENCH_ORG, (tx) => writeFindings(tx, [], rows)));
}

export function insertOneByOne(db: Database, databaseUrl: string, rows: readonly NewFinding[]): Promise<WriteFigure> {
  return timed(databaseUrl, rows.length, async () => {
    for (const { opening, ...row } of rows) {
      const id = crypto.randomUUID();
      await db.insert(findings).values({ ...row, id });
      await db.insert(findingEvents).values({
        id: crypto.randomUUID(),
        orgId: row.orgId,
        findingId: id,
        toStatus: row.status,
        scanId: opening.scanId,
        at: row.statusChangedAt,
        alertKind: opening.alertKind,
        severity: opening.alertKind ? row.severity : null,
        muteRuleId: row.muteRuleId,
        note: opening.note,
      });
    }
  });
}

/** The planned new findings as stored: with the ids the database gave them (read back by key, not timed). */
export async function storedRows(db: Database, planned: readonly NewFinding[]): Promise<NewFindingRow[]> {
  const stored = await db.select({ id: findings.id, findingKey: findings.findingKey }).from(findings);
  const idByKey = new Map(stored.map((f) => [f.findingKey, f.id]));
  return planned.map(({ opening: _opening, ...row }) => ({ ...row, id: idByKey.get(row.findingKey)! }));
}

/**
 * A first scan and an unchanged rescan through the findings subgraph's own evaluator (`createScanEvaluator`):
 * checks, the per-org lock, loading the stored findings, planning, upserts, finding events, scan tallies and the
 * alert publisher, on a real database. The rescan sees the same resources, so it must raise no alert (X4).
 */
import { createLogger, createMemoryEventBus, type Database } from '@cspmexa/server-kit';
import type { InventoryResource } from '@cspmexa/resources';
import { runAllChecks } from '../../subgraphs/findings/src/domain/evaluate';
import { createScanEvaluator, type EvaluationOutcome } from '../../subgraphs/findings/src/domain/evaluate-scan';
import { startCpuMeter, type CpuSample } from './cpu-meter';
import { BENCH_ACCOUNT, BENCH_ORG } from './evaluation';

export interface ScanFigure {
  seconds: number;
  cpu: CpuSample;
  findings: number;
  alerts: number;
  outcome: EvaluationOutcome['outcome'];
}

export function scanEvaluator(db: Database, databaseUrl: string, estate: readonly InventoryResource[]) {
  const logger = createLogger({ level: 'silent' });
  const evaluate = createScanEvaluator({
    db,
    bus: createMemoryEventBus(logger),
    logger,
    runChecks: runAllChecks,
    fetchSnapshot: ({ scanId }) => Promise.resolve({ scanId, accountId: BENCH_ACCOUNT, status: 'COMPLETED', resources: [...estate] }),
  });
  return async (scanId: string): Promise<ScanFigure> => {
    const meter = startCpuMeter(databaseUrl);
    const t0 = process.hrtime.bigint();
    const out = await evaluate({ orgId: BENCH_ORG, accountId: BENCH_ACCOUNT, scanId, status: 'COMPLETED' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = meter();
    if (out.outcome !== 'evaluated') return { seconds, cpu, findings: 0, alerts: 0, outcome: out.outcome };
    return { seconds, cpu, findings: out.counts.total, alerts: out.alerts, outcome: out.outcome };
  };
}

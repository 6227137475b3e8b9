/**
 * Compliance posture per account and framework, and its trend over scans. Both read the per-check tallies stored
 * at evaluation time (no re-evaluation), then fold them into controls (control-posture.ts).
 */
import { AppError, type Database } from '@cspmexa/server-kit';
import { frameworks, type FrameworkId } from '@cspmexa/checks';
import { checkResultsOfScan, checkResultsSince, latestEvaluation } from '../db/compliance-queries';
import type { ScanCheckResultRow } from '../db/schema';
import { frameworkPosture, type FrameworkPosture } from './control-posture';
import type { CheckTally } from './plan-evaluation';

export interface ComplianceReport extends FrameworkPosture {
  framework: FrameworkId;
  accountId: string;
  scanId: string;
  evaluatedAt: Date;
}

export interface PosturePoint {
  scanId: string;
  evaluatedAt: Date;
  passed: number;
  failed: number;
  muted: number;
  unknown: number;
  scores: { framework: FrameworkId; score: number | null }[];
}

const MAX_TREND_DAYS = 366;
const FRAMEWORKS = Object.keys(frameworks) as FrameworkId[];

const tallies = (rows: readonly ScanCheckResultRow[]) =>
  new Map<string, CheckTally>(rows.map((r) => [r.checkId, { passed: r.passed, failed: r.failed, muted: r.muted, unknown: r.unknown }]));

export function createComplianceReader(deps: { db: Database; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Null until the account has an evaluated scan. */
    async report(orgId: string, framework: FrameworkId, accountId: string): Promise<ComplianceReport | null> {
      const latest = await latestEvaluation(deps.db, orgId, accountId);
      if (!latest) return null;
      const rows = await checkResultsOfScan(deps.db, orgId, latest.scanId);
      return { framework, accountId, scanId: latest.scanId, evaluatedAt: latest.evaluatedAt, ...frameworkPosture(framework, tallies(rows)) };
    },

    /** One point per evaluated scan of the last `days` days, oldest first, with the score of every framework. */
    async trend(orgId: string, accountId: string, days: number): Promise<PosturePoint[]> {
      if (!Number.isInteger(days) || days < 1 || days > MAX_TREND_DAYS) {
        throw new AppError('BAD_USER_INPUT', `\`days\` must be 1 to ${MAX_TREND_DAYS}.`, { field: 'days' });
      }
      const since = new Date(now().getTime() - days * 86_400_000);
      const rows = await checkResultsSince(deps.db, orgId, accountId, since);
      const byScan = new Map<string, ScanCheckResultRow[]>();
      for (const row of rows) byScan.set(row.scanId, [...(byScan.get(row.scanId) ?? []), row]);
      return [...byScan].map(([scanId, scanRows]) => {
        const sum = (k: keyof CheckTally) => scanRows.reduce((n, r) => n + r[k], 0);
        const t = tallies(scanRows);
        return {
          scanId,
          evaluatedAt: scanRows[0]!.evaluatedAt,
          passed: sum('passed'),
          failed: sum('failed'),
          muted: sum('muted'),
          unknown: sum('unknown'),
          scores: FRAMEWORKS.map((framework) => ({ framework, score: frameworkPosture(framework, t).score })),
        };
      });
    },
  };
}

export type ComplianceReader = ReturnType<typeof createComplianceReader>;

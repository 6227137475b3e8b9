/**
 * Compliance posture per account and framework, and its trend over scans. Both read the per-check tallies stored
 * at evaluation time (no re-evaluation), then fold them into controls (control-posture.ts).
 */
import { AppError, type Database } from '@cspmexa/server-kit';
import { frameworks, type FrameworkId } from '@cspmexa/checks';
import { checkResultsOfScan, checkResultsSince, latestEvaluation, scanTotalsSince, type ScanTotals } from '../db/compliance-queries';
import type { ScanCheckResultRow, Severity } from '../db/schema';
import { frameworkPosture, type FrameworkPosture } from './control-posture';
import { listChecks, type CheckInfo } from './evaluate';
import type { CheckTally } from './plan-evaluation';

export interface ComplianceReport extends FrameworkPosture {
  framework: FrameworkId;
  accountId: string;
  scanId: string;
  evaluatedAt: Date;
}

export interface PosturePoint extends ScanTotals {
  scores: { framework: FrameworkId; score: number | null }[];
}

const MAX_TREND_DAYS = 366;
const FRAMEWORKS = Object.keys(frameworks) as FrameworkId[];

const tallies = (rows: readonly ScanCheckResultRow[]) =>
  new Map<string, CheckTally>(rows.map((r) => [r.checkId, { passed: r.passed, failed: r.failed, muted: r.muted, unknown: r.unknown }]));

/** The catalogue's check ids per severity: the severity of tallies stored before their own was recorded. */
function checksBySeverity(checks: readonly Pick<CheckInfo, 'id' | 'severity'>[]): Record<Severity, string[]> {
  const out: Record<Severity, string[]> = { CRITICAL: [], HIGH: [], MEDIUM: [], LOW: [], INFO: [] };
  for (const check of checks) out[check.severity].push(check.id);
  return out;
}

export function createComplianceReader(deps: { db: Database; now?: () => Date; checks?: () => readonly Pick<CheckInfo, 'id' | 'severity'>[] }) {
  const now = deps.now ?? (() => new Date());
  const bySeverity = checksBySeverity((deps.checks ?? listChecks)());
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
      // Totals and the severity split are aggregated by the database; the scores need each scan's per-check tallies.
      const [totals, rows] = await Promise.all([
        scanTotalsSince(deps.db, orgId, accountId, since, bySeverity),
        checkResultsSince(deps.db, orgId, accountId, since),
      ]);
      const byScan = new Map<string, ScanCheckResultRow[]>();
      for (const row of rows) {
        const scanRows = byScan.get(row.scanId);
        if (scanRows) scanRows.push(row);
        else byScan.set(row.scanId, [row]);
      }
      return totals.map((point) => {
        const t = tallies(byScan.get(point.scanId) ?? []);
        return { ...point, scores: FRAMEWORKS.map((framework) => ({ framework, score: frameworkPosture(framework, t).score })) };
      });
    },
  };
}

export type ComplianceReader = ReturnType<typeof createComplianceReader>;

/**
 * Scheduled scans per account: a cron expression (croner syntax, evaluated in UTC) stored on the account. A
 * stateless tick asks, for every scheduled account, whether a run fell due since the previous tick and starts a
 * scan if so. Several replicas may tick at once: the one-active-scan index lets exactly one of them start it.
 */
import { Cron } from 'croner';
import { AppError, requireRole, type AuditedAction, type Logger, type Viewer } from '@cspmexa/server-kit';
import { listScheduledAccounts, setScanSchedule } from '../db/accounts';
import type { AwsAccountRow, ScanRow } from '../db/schema';
import { scheduledScanStarted } from './audit-entries';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';
import type { ScanRunner } from './scan-runner';

/** Scans more frequent than this would spend the account's AWS API limits on little news. */
export const MIN_SCHEDULE_GAP_MS = 5 * 60_000;
const MAX_EXPRESSION_LENGTH = 100;
export const SCHEDULE_TICK_MS = 30_000;

/** The expression normalized, or a BAD_USER_INPUT naming the problem. */
export function validateSchedule(expression: string): string {
  const cron = expression.trim();
  if (cron.length === 0 || cron.length > MAX_EXPRESSION_LENGTH) throw new AppError('BAD_USER_INPUT', 'The schedule must be a cron expression of 1-100 characters.');
  let runs: Date[];
  try {
    runs = new Cron(cron, { paused: true, timezone: 'UTC' }).nextRuns(2);
  } catch {
    throw new AppError('BAD_USER_INPUT', 'The schedule is not a valid cron expression (e.g. `0 3 * * *` for 03:00 UTC daily).');
  }
  const [first, second] = runs;
  if (!first) throw new AppError('BAD_USER_INPUT', 'The schedule never runs.');
  if (second && second.getTime() - first.getTime() < MIN_SCHEDULE_GAP_MS) {
    throw new AppError('BAD_USER_INPUT', 'Scheduled scans may run at most every 5 minutes.');
  }
  return cron;
}

export function createScheduleService(deps: Pick<InventoryDeps, 'db'>) {
  return {
    /** Sets (or with null, removes) an account's scan schedule; admins only. */
    async scheduleScans(viewer: Viewer | null, accountId: string, cron: string | null): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const expression = cron === null ? null : validateSchedule(cron);
      const account = isUuid(accountId) ? await setScanSchedule(deps.db, admin.orgId, accountId, expression) : undefined;
      if (!account) throw new AppError('NOT_FOUND', 'No such AWS account.');
      return account;
    },
  };
}
export type ScheduleService = ReturnType<typeof createScheduleService>;

/** Writes an action done by the system (no user, no request) to the audit trail (the subgraph's audit outbox). */
export type SystemAudit = (orgId: string, action: AuditedAction) => Promise<void>;

/** Starts the scans that fell due in (since, now]; returns how many it started. Each is audited as a system action. */
export async function runDueSchedules(deps: Pick<InventoryDeps, 'db' | 'logger'>, runner: Pick<ScanRunner, 'startScheduledScan'>, since: Date, now: Date, audit?: SystemAudit): Promise<number> {
  let started = 0;
  for (const account of await listScheduledAccounts(deps.db)) {
    let due: Date | null;
    try {
      due = new Cron(account.scanSchedule, { paused: true, timezone: 'UTC' }).nextRun(since);
    } catch {
      continue; // validated when stored; an expression croner no longer accepts is skipped, not fatal
    }
    if (!due || due > now) continue;
    const onQueued = audit && ((scan: ScanRow) => audit(account.orgId, scheduledScanStarted(scan)));
    if (await runner.startScheduledScan(account.orgId, account.id, onQueued)) started++;
  }
  return started;
}

export function startScheduler(deps: Pick<InventoryDeps, 'db' | 'logger' | 'clock'>, runner: Pick<ScanRunner, 'startScheduledScan'>, tickMs = SCHEDULE_TICK_MS, audit?: SystemAudit): { stop(): void } {
  let since = deps.clock();
  const log: Logger = deps.logger;
  const timer = setInterval(() => {
    const now = deps.clock();
    runDueSchedules(deps, runner, since, now, audit)
      .then((n) => {
        since = now;
        if (n > 0) log.info({ started: n }, 'scheduled scans started');
      })
      .catch((err: unknown) => log.error({ err }, 'scheduled scans tick failed'));
  }, tickMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Drains the audit outbox into auth's trail. Runs in every subgraph process; replicas run it side by side (claims
 * skip each other's rows, see store.ts). A plain polling loop rather than a pg-boss job: the outbox rows already are
 * the durable queue, one claim statement is all the coordination replicas need, and it works the same on PGlite,
 * PostgreSQL and in the subgraphs that have no pg-boss.
 *
 * While auth is down every row waits with a growing backoff, and requests stop trying to deliver inline (their rows
 * are safe in the outbox). A report auth answers with an error (it is up but refuses it) is retried row by row, so
 * one bad row never holds back the others.
 */
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { createPollingLoop } from '../polling-loop';
import { DELIVERY_BATCH, isDenialRow, type AuditDelivery } from './delivery';
import type { AuditOutboxStore } from './store';
import type { AuditOutboxRow } from './table';

export interface DrainerTuning {
  /** Rows claimed per round. */
  batchSize?: number;
  /** How often due rows are looked for when no request wakes the loop. */
  pollIntervalMs?: number;
  /** How long a claimed row stays invisible to other drainers: far longer than a delivery can take. */
  leaseMs?: number;
  /** Backoff after the n-th failed attempt: `min(baseMs * 2^(n-1), maxMs)`. */
  backoff?: { baseMs: number; maxMs: number };
}

export interface AuditOutboxDrainer {
  /** Starts the loop; rows left by an earlier process are picked up at once. */
  start(): void;
  /** Runs a round now (or right after the current one); resolves when nothing due is left or delivery failed. */
  wake(): Promise<void>;
  /** Delivers one request's rows now, unless auth is known to be down (then the loop does it later). Never throws. */
  deliverRequest(requestId: string): Promise<void>;
  /** Stops the loop and waits for the round in flight. */
  stop(): Promise<void>;
}

export function createAuditOutboxDrainer(deps: { store: AuditOutboxStore; deliver: AuditDelivery; logger: Logger; clock?: () => Date } & DrainerTuning): AuditOutboxDrainer {
  const clock = deps.clock ?? (() => new Date());
  const batchSize = deps.batchSize ?? 100;
  const pollIntervalMs = deps.pollIntervalMs ?? 5_000;
  const leaseMs = deps.leaseMs ?? 60_000;
  const backoff = deps.backoff ?? { baseMs: 1_000, maxMs: 60_000 };
  const logger = deps.logger.child({ component: 'audit-outbox' });
  /** Until then auth is presumed down (the last delivery failed): requests leave their rows to the loop. */
  let authDownUntil = 0;

  const retryAt = (attempts: number) => new Date(clock().getTime() + Math.min(backoff.baseMs * 2 ** Math.max(attempts - 1, 0), backoff.maxMs));

  async function fail(rows: AuditOutboxRow[], err: unknown): Promise<void> {
    if (rows.length === 0) return;
    const attempts = Math.max(...rows.map((r) => r.attempts));
    const next = retryAt(attempts);
    const refused = err instanceof AppError;
    if (!refused) authDownUntil = next.getTime();
    await deps.store.postpone(rows.map((r) => r.id), next, err instanceof Error ? err.message : String(err));
    // Nothing is lost (the rows wait in the outbox); a refusal is a bug and a long outage is worth an operator's look.
    const log = refused || attempts >= 5 ? logger.error.bind(logger) : logger.warn.bind(logger);
    log({ err, rows: rows.length, attempts, ids: rows.slice(0, 5).map((r) => r.id) }, refused ? 'auth refused audit entries; will retry' : 'audit entries not delivered to auth yet; will retry');
  }

  /** One organization's rows of one kind, in calls auth accepts; false once auth is unreachable. */
  async function sendGroup(orgId: string, rows: AuditOutboxRow[]): Promise<boolean> {
    for (let i = 0; i < rows.length; i += DELIVERY_BATCH) {
      const chunk = rows.slice(i, i + DELIVERY_BATCH);
      try {
        await deps.deliver(orgId, chunk);
        await deps.store.remove(chunk.map((r) => r.id));
      } catch (err) {
        if (!(err instanceof AppError) || chunk.length === 1) {
          await fail(rows.slice(i), err);
          return err instanceof AppError;
        }
        // Auth answered but refused the report (checked whole): isolate the row it refuses.
        for (const row of chunk) {
          if (!(await sendGroup(orgId, [row]))) {
            await fail(rows.slice(i + chunk.indexOf(row) + 1), err);
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Delivers claimed rows grouped by organization and kind; false when auth could not be reached. */
  async function send(rows: AuditOutboxRow[]): Promise<boolean> {
    const groups = new Map<string, AuditOutboxRow[]>();
    for (const row of rows) {
      const key = JSON.stringify([row.orgId, isDenialRow(row)]);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const pending = [...groups.values()];
    for (let g = 0; g < pending.length; g += 1) {
      const group = pending[g]!;
      if (!(await sendGroup(group[0]!.orgId, group))) {
        await fail(pending.slice(g + 1).flat(), new Error('auth unreachable; delivery postponed'));
        return false;
      }
    }
    if (rows.length > 0) authDownUntil = 0;
    return true;
  }

  const claim = (requestId?: string) => {
    const now = clock();
    return deps.store.claim({ now, leaseUntil: new Date(now.getTime() + leaseMs), limit: batchSize, ...(requestId !== undefined ? { requestId } : {}) });
  };

  async function drainDue(): Promise<void> {
    for (;;) {
      const rows = await claim();
      if (!(await send(rows))) return;
      if (rows.length < batchSize || loop.stopped) return;
    }
  }

  // The database itself failing ends a round: the rows are still in the outbox (or leased, due again later).
  const loop = createPollingLoop({ round: drainDue, pollIntervalMs, logger, failureMessage: 'audit outbox round failed' });

  return {
    start: loop.start,
    wake: loop.wake,
    async deliverRequest(requestId) {
      if (clock().getTime() < authDownUntil) return;
      try {
        await send(await claim(requestId));
      } catch (err) {
        logger.error({ err, requestId }, 'audit outbox delivery of a request failed; the loop retries');
      }
    },
    stop: loop.stop,
  };
}

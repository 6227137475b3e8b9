/**
 * Drains the email outbox: claims due rows in batches, sends each through the EmailSender, records the outcome.
 * An SES outage only delays mail (rows stay PENDING with a backoff), never loses it (rows are only ever marked, not
 * deleted) and never blocks upstream work (alert intake just inserts rows and wakes this loop) - SECURITY.md X8.
 * Replicas can run it side by side: claiming uses FOR UPDATE SKIP LOCKED and a lease (see OutboxStore.claimDue).
 */
import { createPollingLoop, type Logger } from '@cspmexa/server-kit';
import type { OutboxStore } from '../db/outbox-store';
import type { EmailOutboxRow } from '../db/schema';
import { defaultBackoff, nextAttemptAt, type BackoffPolicy } from './backoff';
import type { Clock } from './clock';
import { describeSendError, type EmailSender } from './email-sender';

export interface DeliveryWorkerDeps {
  outbox: Pick<OutboxStore, 'claimDue' | 'markSent' | 'markFailedAttempt'>;
  sender: EmailSender;
  clock: Clock;
  logger: Logger;
  /** Attempts before a row is given up as FAILED (config.EMAIL_MAX_ATTEMPTS). */
  maxAttempts: number;
  batchSize?: number;
  /** How often due rows (retries) are looked for when nobody wakes the worker. */
  pollIntervalMs?: number;
  /** How long a claimed row stays invisible to other workers; far longer than a batch of sends can take. */
  leaseMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export interface DeliveryWorker {
  /** Starts polling; rows inserted before the start are picked up at once. */
  start(): void;
  /** Runs a pass now (or right after the current one); resolves when nothing due is left. */
  wake(): Promise<void>;
  /** Stops polling and waits for the batch in flight, so no claimed row is left half-handled. */
  stop(): Promise<void>;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const batchSize = deps.batchSize ?? 10;
  const pollIntervalMs = deps.pollIntervalMs ?? 5_000;
  const leaseMs = deps.leaseMs ?? 5 * 60_000;
  const logger = deps.logger.child({ component: 'email-delivery' });


  async function deliver(row: EmailOutboxRow): Promise<void> {
    try {
      await deps.sender.send({ to: row.recipient, subject: row.subject, bodyText: row.bodyText });
    } catch (err) {
      await recordFailure(row, err);
      return;
    }
    await deps.outbox.markSent(row, deps.clock.now());
  }

  async function recordFailure(row: EmailOutboxRow, err: unknown): Promise<void> {
    const { message, permanent } = describeSendError(err);
    const attempts = row.attempts + 1;
    const givingUp = permanent || attempts >= deps.maxAttempts;
    const now = deps.clock.now();
    await deps.outbox.markFailedAttempt({
      id: row.id,
      orgId: row.orgId,
      attempts,
      lastError: message,
      status: givingUp ? 'FAILED' : 'PENDING',
      nextAttemptAt: givingUp ? now : nextAttemptAt(now, attempts, deps.random, deps.backoff ?? defaultBackoff),
    });
    // The recipient address stays out of the logs (personal data); the outbox id leads to it.
    logger.warn({ outboxId: row.id, orgId: row.orgId, attempts, permanent, err: message }, givingUp ? 'email delivery failed for good' : 'email delivery failed; will retry');
  }

  async function drainDue(): Promise<void> {
    for (;;) {
      const now = deps.clock.now();
      const rows = await deps.outbox.claimDue({ now, leaseUntil: new Date(now.getTime() + leaseMs), limit: batchSize });
      // Sequential on purpose: SES accounts have a per-second send rate, and a batch is small.
      for (const row of rows) await deliver(row);
      if (rows.length < batchSize || loop.stopped) return;
    }
  }

  // A database hiccup ends a round: the rows are still in the outbox, the next poll tries again.
  const loop = createPollingLoop({ round: drainDue, pollIntervalMs, logger, failureMessage: 'email delivery pass failed' });

  return {
    start: loop.start,
    wake: loop.wake,
    stop: loop.stop,
  };
}

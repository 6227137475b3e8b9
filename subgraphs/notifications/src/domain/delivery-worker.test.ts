import { silentLogger } from '@cspmexa/server-kit/testing';
import { describe, expect, it } from 'vitest';
import type { FailedAttempt } from '../db/outbox-store';
import type { EmailOutboxRow } from '../db/schema';
import { createDeliveryWorker, type DeliveryWorkerDeps } from './delivery-worker';
import type { EmailSender, OutgoingEmail } from './email-sender';

const T0 = new Date('2025-01-01T00:00:00.000Z');

function row(id: string, overrides: Partial<EmailOutboxRow> = {}): EmailOutboxRow {
  return {
    id,
    orgId: 'org-1',
    alertId: `alert-${id}`,
    recipient: `${id}@example.com`,
    subject: `subject ${id}`,
    bodyText: 'body',
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: T0,
    lastError: null,
    createdAt: T0,
    sentAt: null,
    ...overrides,
  };
}

/** An in-memory outbox with the store's claiming semantics (due PENDING rows, leased on claim). */
function memoryOutbox(rows: EmailOutboxRow[]) {
  const byId = new Map(rows.map((r) => [r.id, { ...r }]));
  return {
    rows: byId,
    async claimDue({ now, leaseUntil, limit }: { now: Date; leaseUntil: Date; limit: number }) {
      const due = [...byId.values()].filter((r) => r.status === 'PENDING' && r.nextAttemptAt <= now).slice(0, limit);
      for (const r of due) r.nextAttemptAt = leaseUntil;
      return due.map((r) => ({ ...r }));
    },
    async markSent(r: { id: string }, sentAt: Date) {
      Object.assign(byId.get(r.id)!, { status: 'SENT', sentAt, lastError: null });
    },
    async markFailedAttempt(f: FailedAttempt) {
      Object.assign(byId.get(f.id)!, { status: f.status, attempts: f.attempts, lastError: f.lastError, nextAttemptAt: f.nextAttemptAt });
    },
  };
}

function recordingSender(fail: (email: OutgoingEmail) => Error | null = () => null): EmailSender & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async send(email) {
      const err = fail(email);
      if (err) throw err;
      sent.push(email);
    },
  };
}

function worker(outbox: ReturnType<typeof memoryOutbox>, sender: EmailSender, overrides: Partial<DeliveryWorkerDeps> = {}) {
  let now = T0;
  const w = createDeliveryWorker({
    outbox,
    sender,
    clock: { now: () => now },
    logger: silentLogger,
    maxAttempts: 3,
    batchSize: 2,
    pollIntervalMs: 60_000,
    backoff: { baseMs: 1_000, maxMs: 60_000 },
    random: () => 1,
    ...overrides,
  });
  return { w, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

function named(name: string): Error {
  const err = new Error(`${name} happened`);
  err.name = name;
  return err;
}

describe('delivery worker', () => {
  it('sends every due row, across several batches, and marks them SENT', async () => {
    const outbox = memoryOutbox([row('a'), row('b'), row('c'), row('later', { nextAttemptAt: new Date(T0.getTime() + 10_000) })]);
    const sender = recordingSender();
    const { w } = worker(outbox, sender);
    w.start();
    await w.wake();
    await w.stop();
    expect(sender.sent.map((e) => e.to).sort()).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
    expect(outbox.rows.get('a')).toMatchObject({ status: 'SENT', sentAt: T0 });
    expect(outbox.rows.get('later')).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('keeps a failed row PENDING with one more attempt, the error and a backed-off due time', async () => {
    const outbox = memoryOutbox([row('a')]);
    const { w } = worker(outbox, recordingSender(() => named('ECONNREFUSED')));
    w.start();
    await w.wake();
    await w.stop();
    expect(outbox.rows.get('a')).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastError: 'ECONNREFUSED: ECONNREFUSED happened',
      nextAttemptAt: new Date(T0.getTime() + 1_000),
    });
  });

  it('retries once the backoff has passed, and sends exactly once when SES is back', async () => {
    const outbox = memoryOutbox([row('a')]);
    let down = true;
    const sender = recordingSender(() => (down ? named('TimeoutError') : null));
    const { w, advance } = worker(outbox, sender);
    w.start();
    await w.wake();
    down = false;
    await w.wake(); // not due yet
    expect(sender.sent).toHaveLength(0);
    advance(1_000);
    await w.wake();
    await w.wake();
    await w.stop();
    expect(sender.sent).toHaveLength(1);
    expect(outbox.rows.get('a')).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('gives up as FAILED after the maximum number of attempts', async () => {
    const outbox = memoryOutbox([row('a')]);
    const sender = recordingSender(() => named('ServiceUnavailable'));
    const { w, advance } = worker(outbox, sender);
    w.start();
    for (let i = 0; i < 5; i++) {
      await w.wake();
      advance(60_000);
    }
    await w.stop();
    expect(outbox.rows.get('a')).toMatchObject({ status: 'FAILED', attempts: 3 });
  });

  it('fails at once on a permanent SES refusal', async () => {
    const outbox = memoryOutbox([row('a')]);
    const { w } = worker(outbox, recordingSender(() => named('MessageRejected')));
    w.start();
    await w.wake();
    await w.stop();
    expect(outbox.rows.get('a')).toMatchObject({ status: 'FAILED', attempts: 1 });
  });

  it('stop() waits for the batch in flight', async () => {
    const outbox = memoryOutbox([row('a')]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const { w } = worker(outbox, {
      async send(email) {
        await gate;
        sent.push(email.to);
      },
    });
    w.start();
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(sent).toEqual(['a@example.com']);
    expect(outbox.rows.get('a')?.status).toBe('SENT');
  });

  it('survives a failing database pass and does nothing once stopped', async () => {
    const outbox = memoryOutbox([row('a')]);
    const broken = { ...outbox, claimDue: async () => Promise.reject(new Error('connection terminated')) };
    const sender = recordingSender();
    const { w } = worker(broken as never, sender);
    w.start();
    await expect(w.wake()).resolves.toBeUndefined();
    await w.stop();
    await w.wake();
    expect(sender.sent).toHaveLength(0);
  });
});

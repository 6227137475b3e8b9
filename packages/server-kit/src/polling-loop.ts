import type { Logger } from './logger';

/** A background loop (an outbox drainer, a periodic sweep): woken on demand, polled as a fallback, stopped cleanly. */
export interface PollingLoop {
  /** Starts polling (idempotent). */
  start(): void;
  /** Runs a round now; a wake during a round runs one more round right after it, so no wake is lost. */
  wake(): Promise<void>;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
  /** True once stopped (or before start): a round checks it between batches to end early. */
  readonly stopped: boolean;
}

/**
 * One round at a time: `round` drains or sweeps what is due; a failed round (the database went away) is logged
 * and the next poll tries again, because what it meant to handle is still there.
 */
export function createPollingLoop(opts: {
  round: () => Promise<unknown>;
  pollIntervalMs: number;
  logger: Logger;
  failureMessage: string;
  /** Start waits one interval before the first round (for a sweep that needs another service up first). */
  firstRoundAfterInterval?: boolean;
}): PollingLoop {
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let wokenWhileRunning = false;

  function schedulePoll(): void {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void wake(), opts.pollIntervalMs);
    timer.unref();
  }

  function wake(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      wokenWhileRunning = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          wokenWhileRunning = false;
          await opts.round();
        } while (wokenWhileRunning && !stopped);
      } catch (err) {
        opts.logger.error({ err }, opts.failureMessage);
      } finally {
        running = null;
        schedulePoll();
      }
    })();
    return running;
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      if (opts.firstRoundAfterInterval) schedulePoll();
      else void wake();
    },
    wake,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    get stopped() {
      return stopped;
    },
  };
}

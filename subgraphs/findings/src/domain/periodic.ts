/**
 * Runs a job now (unless `immediate` is false) and then every `intervalMs`, never two rounds at once (a slow round
 * delays the next instead of piling up). The returned function stops the timer and waits for a round in progress.
 * 0 runs it once only.
 */
export function every(intervalMs: number, job: () => Promise<unknown>, onError: (err: unknown) => void, immediate = true): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const round = () => {
    if (running || stopped) return;
    running = job()
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
      });
  };
  if (immediate) round();
  const timer = intervalMs > 0 ? setInterval(round, intervalMs) : null;
  timer?.unref();
  return async () => {
    stopped = true;
    if (timer) clearInterval(timer);
    await running;
  };
}

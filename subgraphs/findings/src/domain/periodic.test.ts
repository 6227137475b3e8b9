import { afterEach, describe, expect, it, vi } from 'vitest';
import { every } from './periodic';

describe('every', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once and then every interval, or waits one interval first when asked', async () => {
    vi.useFakeTimers();
    const runs = { eager: 0, patient: 0 };
    const stopEager = every(1000, async () => void runs.eager++, () => undefined);
    const stopPatient = every(1000, async () => void runs.patient++, () => undefined, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toEqual({ eager: 1, patient: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toEqual({ eager: 2, patient: 1 });
    await stopEager();
    await stopPatient();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toEqual({ eager: 2, patient: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { bestOf, bestOfProcesses, median } from './evaluation';

describe('bench rounds', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('runs one warm-up and then the rounds, keeping the last result', () => {
    let calls = 0;
    const figure = bestOf(3, () => ++calls);
    expect(calls).toBe(4);
    expect(figure.last).toBe(4);
    expect(figure.seconds).toBeLessThanOrEqual(figure.medianSeconds);
    expect(figure.walls).toHaveLength(3);
    expect(Math.min(...figure.walls)).toBe(figure.seconds);
  });

  it('keeps the best process whole (its best round and CPU seconds) and the median of all their rounds', () => {
    const slow = { seconds: 1.4, medianSeconds: 1.5, cpuSeconds: 1.45, walls: [1.5, 1.4, 1.6], last: 'slow' };
    const fast = { seconds: 0.8, medianSeconds: 0.9, cpuSeconds: 0.82, walls: [0.9, 0.8, 1.0], last: 'fast' };
    expect(bestOfProcesses([slow, fast])).toEqual({ seconds: 0.8, cpuSeconds: 0.82, last: 'fast', walls: [1.5, 1.4, 1.6, 0.9, 0.8, 1.0], medianSeconds: 1.2 });
    expect(() => bestOfProcesses([])).toThrow('no figure');
  });
});

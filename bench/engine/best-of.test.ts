import { describe, expect, it } from 'vitest';
import { bestOf, median } from './evaluation';

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
  });
});

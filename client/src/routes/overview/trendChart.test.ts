import { describe, expect, it } from 'vitest';
import { niceMax, seriesLines } from './trendChart';

const box = { width: 120, height: 70, padding: 10 };

describe('trend chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten, and never to zero', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(430)).toBe(500);
  });

  it('spreads points across the width on a zero-based scale', () => {
    const rows = [{ failed: 0 }, { failed: 5 }, { failed: 10 }];
    const { lines, max } = seriesLines(rows, [{ key: 'failed', value: (row) => row.failed }], box);
    expect(max).toBe(10);
    expect(lines).toEqual([{ key: 'failed', points: '10,60 60,35 110,10' }]);
  });

  it('puts a single point in the middle', () => {
    const { lines } = seriesLines([{ v: 1 }], [{ key: 'v', value: (row) => row.v }], box);
    expect(lines[0]?.points).toBe('60,10');
  });
});

import { describe, expect, it } from 'vitest';
import { niceMax, seriesLines, stackedBars } from './trendChart';

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
    expect(lines).toEqual([
      {
        key: 'failed',
        points: '10,60 60,35 110,10',
        vertices: [
          { x: 10, y: 60 },
          { x: 60, y: 35 },
          { x: 110, y: 10 },
        ],
      },
    ]);
  });

  it('puts a single point in the middle', () => {
    const { lines } = seriesLines([{ v: 1 }], [{ key: 'v', value: (row) => row.v }], box);
    expect(lines[0]?.points).toBe('60,10');
    expect(lines[0]?.vertices).toEqual([{ x: 60, y: 10 }]);
  });
});

describe('stacked bars', () => {
  const series = [
    { key: 'critical', value: (row: { critical: number; high: number }) => row.critical },
    { key: 'high', value: (row: { critical: number; high: number }) => row.high },
  ];

  it('stacks the first series at the bottom of each bar on a zero-based scale of the largest total', () => {
    const { bars, max } = stackedBars([{ critical: 2, high: 3 }, { critical: 10, high: 0 }], series, box);
    expect(max).toBe(10);
    // Slots of 50 wide, bars of 35 centred in them; 50 px of height for 10 findings.
    expect(bars[0]).toEqual([
      { key: 'critical', value: 2, x: 17.5, y: 50, width: 35, height: 10 },
      { key: 'high', value: 3, x: 17.5, y: 35, width: 35, height: 15 },
    ]);
    // A zero leaves no segment; a full bar reaches the top padding.
    expect(bars[1]).toEqual([{ key: 'critical', value: 10, x: 67.5, y: 10, width: 35, height: 50 }]);
  });

  it('draws nothing for rows without failures, and keeps the axis at 1', () => {
    const { bars, max } = stackedBars([{ critical: 0, high: 0 }], series, box);
    expect(bars).toEqual([[]]);
    expect(max).toBe(1);
  });
});

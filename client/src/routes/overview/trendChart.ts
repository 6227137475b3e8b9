/**
 * Geometry of the trend chart, kept apart from React so it can be tested: each series becomes an SVG polyline
 * over a shared y scale that starts at zero (a trend chart whose axis floats exaggerates small changes).
 */
export interface ChartBox {
  width: number;
  height: number;
  padding: number;
}

export interface SeriesLine {
  key: string;
  points: string;
}

export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

export function seriesLines<T>(
  rows: readonly T[],
  series: readonly { key: string; value: (row: T) => number }[],
  box: ChartBox,
): { lines: SeriesLine[]; max: number } {
  const max = niceMax(Math.max(0, ...rows.flatMap((row) => series.map((s) => s.value(row)))));
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  // A single point sits in the middle rather than on the axis.
  const x = (index: number) =>
    box.padding + (rows.length === 1 ? innerWidth / 2 : (index / Math.max(1, rows.length - 1)) * innerWidth);
  const y = (value: number) => box.padding + innerHeight - (value / max) * innerHeight;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    max,
    lines: series.map((s) => ({
      key: s.key,
      points: rows.map((row, index) => `${round(x(index))},${round(y(s.value(row)))}`).join(' '),
    })),
  };
}

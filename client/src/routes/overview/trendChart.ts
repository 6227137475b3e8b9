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
  /** The polyline's `points` attribute. */
  points: string;
  /** The same points as coordinates (a single one draws no line: the chart marks it instead). */
  vertices: { x: number; y: number }[];
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
    lines: series.map((s) => {
      const vertices = rows.map((row, index) => ({ x: round(x(index)), y: round(y(s.value(row))) }));
      return { key: s.key, points: vertices.map((v) => `${v.x},${v.y}`).join(' '), vertices };
    }),
  };
}

export interface BarSegment {
  key: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Stacked bars, one per row, on a shared zero-based scale: the first series sits at the bottom (the most severe,
 * so it reads first). Zero values get no segment. Bars keep a gap of 30% of their slot so neighbours stay apart.
 */
export function stackedBars<T>(
  rows: readonly T[],
  series: readonly { key: string; value: (row: T) => number }[],
  box: ChartBox,
): { bars: BarSegment[][]; max: number } {
  const totals = rows.map((row) => series.reduce((sum, s) => sum + s.value(row), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const slot = innerWidth / Math.max(1, rows.length);
  const width = Math.max(1, slot * 0.7);
  const round = (n: number) => Math.round(n * 10) / 10;
  const bars = rows.map((row, index) => {
    const x = round(box.padding + index * slot + (slot - width) / 2);
    let base = box.padding + innerHeight;
    return series.flatMap((s) => {
      const value = s.value(row);
      if (value <= 0) return [];
      const height = (value / max) * innerHeight;
      base -= height;
      return [{ key: s.key, value, x, y: round(base), width: round(width), height: round(height) }];
    });
  });
  return { bars, max };
}

import type { PostureTrendQuery } from '../../gql/graphql';
import { ChartDataTable, ChartLegend, ChartYAxis } from './ChartParts';
import { seriesLines } from './trendChart';

type Point = PostureTrendQuery['postureTrend'][number];

/** Fixed colours, each also named in the legend: never colour alone. */
const SERIES = [
  { key: 'failed', label: 'Failing', color: 'var(--mantine-color-red-8)', value: (p: Point) => p.failed },
  { key: 'unknown', label: 'Unknown', color: 'var(--mantine-color-yellow-6)', value: (p: Point) => p.unknown },
  { key: 'muted', label: 'Muted', color: 'var(--mantine-color-gray-6)', value: (p: Point) => p.muted },
] as const;

const BOX = { width: 640, height: 200, padding: 24 };

/**
 * Failing, unknown and muted results per evaluated scan as a small SVG line chart (no chart library: it would
 * cost more than the whole page). The same numbers are in a visually hidden table for screen readers.
 */
export function PostureTrendChart({ points }: { points: readonly Point[] }) {
  const { lines, max } = seriesLines(points, SERIES, BOX);
  const latest = points[points.length - 1];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        role="img"
        aria-label={`Failing results over ${points.length} scans${latest ? `, ${latest.failed} at the latest` : ''}`}
      >
        <ChartYAxis box={BOX} max={max} />
        {lines.map((line) => {
          const series = SERIES.find((s) => s.key === line.key)!;
          return (
            <polyline key={line.key} points={line.points} fill="none" stroke={series.color} strokeWidth={2.5}>
              <title>{series.label}</title>
            </polyline>
          );
        })}
      </svg>
      <ChartLegend entries={SERIES} swatch="line" />
      <ChartDataTable caption="Results per evaluated scan" columns={SERIES} points={points} />
    </figure>
  );
}

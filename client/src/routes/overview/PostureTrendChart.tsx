import { Text } from '@mantine/core';
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

/** Marker radii for a lone scan, largest first: equal values share a spot, and the rings keep each one visible. */
const MARKER_RADII = [8, 5.5, 3] as const;

/**
 * Failing, unknown and muted results per evaluated scan as a small SVG line chart (no chart library: it would
 * cost more than the whole page). A single scan draws no line, so it is marked and said in words instead of
 * leaving the chart blank. The same numbers are in a visually hidden table for screen readers.
 */
export function PostureTrendChart({ points }: { points: readonly Point[] }) {
  const { lines, max } = seriesLines(points, SERIES, BOX);
  const latest = points[points.length - 1];
  const lone = points.length === 1 ? latest : undefined;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        role="img"
        aria-label={`Failing results over ${points.length} scan${points.length === 1 ? '' : 's'}${latest ? `, ${latest.failed} at the latest` : ''}`}
      >
        <ChartYAxis box={BOX} max={max} />
        {lines.map((line, index) => {
          const series = SERIES.find((s) => s.key === line.key)!;
          const vertex = line.vertices[0];
          return lone && vertex ? (
            <circle key={line.key} cx={vertex.x} cy={vertex.y} r={MARKER_RADII[index]} fill={series.color}>
              <title>{`${series.label}: ${series.value(lone)}`}</title>
            </circle>
          ) : (
            <polyline key={line.key} points={line.points} fill="none" stroke={series.color} strokeWidth={2.5}>
              <title>{series.label}</title>
            </polyline>
          );
        })}
      </svg>
      {lone && (
        <Text size="sm" c="dimmed">
          One evaluated scan so far: {lone.failed} failing, {lone.unknown} unknown, {lone.muted} muted. The lines start
          with the next scan.
        </Text>
      )}
      <ChartLegend entries={SERIES} swatch="line" />
      <ChartDataTable caption="Results per evaluated scan" columns={SERIES} points={points} />
    </figure>
  );
}

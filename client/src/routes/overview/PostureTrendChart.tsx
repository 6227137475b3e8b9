import { Group, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../components/formatDateTime';
import type { PostureTrendQuery } from '../../gql/graphql';
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
        <line x1={BOX.padding} x2={BOX.width - BOX.padding} y1={BOX.height - BOX.padding} y2={BOX.height - BOX.padding} stroke="currentColor" strokeOpacity={0.3} />
        <text x={2} y={BOX.padding} fontSize={11} fill="currentColor">
          {max}
        </text>
        <text x={2} y={BOX.height - BOX.padding} fontSize={11} fill="currentColor">
          0
        </text>
        {lines.map((line) => {
          const series = SERIES.find((s) => s.key === line.key)!;
          return (
            <polyline key={line.key} points={line.points} fill="none" stroke={series.color} strokeWidth={2.5}>
              <title>{series.label}</title>
            </polyline>
          );
        })}
      </svg>
      <Group gap="md" component="figcaption">
        {SERIES.map((series) => (
          <Group key={series.key} gap={6}>
            <span aria-hidden style={{ width: 14, height: 4, background: series.color, display: 'inline-block' }} />
            <Text size="sm">{series.label}</Text>
          </Group>
        ))}
      </Group>
      <VisuallyHidden>
        <table>
          <caption>Results per evaluated scan</caption>
          <thead>
            <tr>
              <th scope="col">Evaluated</th>
              {SERIES.map((series) => (
                <th key={series.key} scope="col">
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.scanId}>
                <td>{formatDateTime(point.evaluatedAt)}</td>
                {SERIES.map((series) => (
                  <td key={series.key}>{series.value(point)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}

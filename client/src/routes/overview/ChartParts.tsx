import { Group, Text, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../components/formatDateTime';
import type { ChartBox } from './trendChart';

/** The zero line and the two y labels (0 and the rounded maximum) every trend chart draws. */
export function ChartYAxis({ box, max }: { box: ChartBox; max: number }) {
  return (
    <>
      <line x1={box.padding} x2={box.width - box.padding} y1={box.height - box.padding} y2={box.height - box.padding} stroke="currentColor" strokeOpacity={0.3} />
      <text x={2} y={box.padding} fontSize={11} fill="currentColor">
        {max}
      </text>
      <text x={2} y={box.height - box.padding} fontSize={11} fill="currentColor">
        0
      </text>
    </>
  );
}

/** A chart's legend: each colour swatch next to its name in text (never colour alone). */
export function ChartLegend({ entries, swatch }: { entries: readonly { key: string; label: string; color: string }[]; swatch: 'line' | 'square' }) {
  return (
    <Group gap="md" component="figcaption">
      {entries.map((entry) => (
        <Group key={entry.key} gap={6}>
          <span
            aria-hidden
            style={{ width: swatch === 'line' ? 14 : 12, height: swatch === 'line' ? 4 : 12, background: entry.color, display: 'inline-block' }}
          />
          <Text size="sm">{entry.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

interface TablePoint {
  scanId: string;
  evaluatedAt: string;
}

/** The numbers behind a chart, one row per evaluated scan, visually hidden: what screen readers read instead. */
export function ChartDataTable<P extends TablePoint>({
  caption,
  columns,
  points,
}: {
  caption: string;
  columns: readonly { key: string; label: string; value: (point: P) => number }[];
  points: readonly P[];
}) {
  return (
    <VisuallyHidden>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Evaluated</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.scanId}>
              <th scope="row">{formatDateTime(point.evaluatedAt)}</th>
              {columns.map((column) => (
                <td key={column.key}>{column.value(point)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </VisuallyHidden>
  );
}

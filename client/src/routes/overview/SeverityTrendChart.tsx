import { formatDateTime } from '../../components/formatDateTime';
import { SEVERITIES, SEVERITY_STYLE, severityCssColor } from '../../components/severity';
import type { PostureTrendQuery, Severity } from '../../gql/graphql';
import { ChartDataTable, ChartLegend, ChartYAxis } from './ChartParts';
import { stackedBars } from './trendChart';

type Point = PostureTrendQuery['postureTrend'][number];

const BOX = { width: 640, height: 200, padding: 24 };

/** The server sends every severity; a missing one (older server) reads as zero rather than breaking the chart. */
export function failedOf(point: Point, severity: Severity): number {
  return point.failedBySeverity.find((entry) => entry.severity === severity)?.count ?? 0;
}

/** One series per severity, most severe first (the bottom of each bar), in its fixed colour with its name. */
const SERIES = SEVERITIES.map((severity) => ({
  key: severity,
  label: SEVERITY_STYLE[severity].label,
  color: severityCssColor(severity),
  value: (point: Point) => failedOf(point, severity),
}));

function describeLatest(point: Point): string {
  return SEVERITIES.map((severity) => `${failedOf(point, severity)} ${SEVERITY_STYLE[severity].label.toLowerCase()}`).join(', ');
}

/**
 * Failing results per evaluated scan, stacked by severity (most severe at the bottom), in the fixed severity
 * colours named in the legend: never colour alone. The counts come from the server (`failedBySeverity`); the same
 * numbers are in a visually hidden table for screen readers.
 */
export function SeverityTrendChart({ points }: { points: readonly Point[] }) {
  const { bars, max } = stackedBars(points, SERIES, BOX);
  const latest = points[points.length - 1];
  const first = points[0];
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        width="100%"
        role="img"
        aria-label={`Failing results by severity over ${points.length} scans${latest ? `; latest: ${describeLatest(latest)}` : ''}`}
      >
        <ChartYAxis box={BOX} max={max} />
        {bars.map((segments, index) =>
          segments.map((segment) => (
            <rect
              key={`${points[index]!.scanId}-${segment.key}`}
              x={segment.x}
              y={segment.y}
              width={segment.width}
              height={segment.height}
              fill={severityCssColor(segment.key as Severity)}
            >
              <title>{`${SEVERITY_STYLE[segment.key as Severity].label}: ${segment.value}`}</title>
            </rect>
          )),
        )}
        {first && (
          <text x={BOX.padding} y={BOX.height - 6} fontSize={11} fill="currentColor">
            {formatDateTime(first.evaluatedAt)}
          </text>
        )}
        {latest && points.length > 1 && (
          <text x={BOX.width - BOX.padding} y={BOX.height - 6} fontSize={11} fill="currentColor" textAnchor="end">
            {formatDateTime(latest.evaluatedAt)}
          </text>
        )}
      </svg>
      <ChartLegend entries={SERIES} swatch="square" />
      <ChartDataTable caption="Failing results by severity per evaluated scan" columns={SERIES} points={points} />
    </figure>
  );
}

import type { ComplianceReportQuery, ControlStatus } from '../../gql/graphql';

export type ControlPosture = NonNullable<ComplianceReportQuery['compliance']>['controls'][number];

/**
 * Each status as text plus a fixed colour: never colour alone (PRODUCT.md). The shades are the lightest that keep
 * the badge's text at 4.5:1 (WCAG 1.4.3): white on red.9, teal.9 and gray.7; black on yellow.5 and gray.3.
 */
export const CONTROL_STATUS_STYLE: Readonly<Record<ControlStatus, { label: string; color: string }>> = {
  FAIL: { label: 'Fail', color: 'red.9' },
  UNKNOWN: { label: 'Unknown', color: 'yellow.5' },
  PASS: { label: 'Pass', color: 'teal.9' },
  MANUAL: { label: 'Manual', color: 'gray.7' },
  NOT_APPLICABLE: { label: 'Not applicable', color: 'gray.3' },
};

export interface ControlSection {
  section: string;
  controls: ControlPosture[];
  failing: number;
}

/** Groups controls by benchmark section, keeping the benchmark order of both sections and controls. */
export function groupBySection(controls: readonly ControlPosture[]): ControlSection[] {
  const sections = new Map<string, ControlSection>();
  for (const control of controls) {
    const entry = sections.get(control.section) ?? { section: control.section, controls: [], failing: 0 };
    entry.controls.push(control);
    if (control.status === 'FAIL') entry.failing += 1;
    sections.set(control.section, entry);
  }
  return [...sections.values()];
}

/** A score is a percentage of assessable controls; null means none could be assessed, which is not 0 %. */
export function formatScore(score: number | null): string {
  return score === null ? 'Not assessable' : `${Math.round(score)}%`;
}

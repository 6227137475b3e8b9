import type { ComplianceReportQuery, ControlStatus } from '../../gql/graphql';

export type ControlPosture = NonNullable<ComplianceReportQuery['compliance']>['controls'][number];

/** Each status as text plus a fixed colour: never colour alone (PRODUCT.md). */
export const CONTROL_STATUS_STYLE: Readonly<Record<ControlStatus, { label: string; color: string }>> = {
  FAIL: { label: 'Fail', color: 'red.8' },
  UNKNOWN: { label: 'Unknown', color: 'yellow.5' },
  PASS: { label: 'Pass', color: 'green.8' },
  MANUAL: { label: 'Manual', color: 'gray.6' },
  NOT_APPLICABLE: { label: 'Not applicable', color: 'gray.4' },
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

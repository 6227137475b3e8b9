/** The compliance frameworks a check may reference in `metadata.compliance`. */
export const FRAMEWORK_IDS = ['cis-aws-3.0.0', 'cis-aws-5.0.0'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export interface FrameworkControl {
  /** The control number as the benchmark prints it, e.g. '2.1.4'. */
  id: string;
  title: string;
  /** The benchmark section the control sits in, e.g. '2.1 Simple Storage Service (S3)'. */
  section: string;
  /** CIS marks each recommendation Automated (machine-checkable) or Manual. */
  assessment: 'automated' | 'manual';
}

export interface Framework {
  id: FrameworkId;
  name: string;
  controls: readonly FrameworkControl[];
}

type ControlRow = readonly [id: string, title: string, assessment: FrameworkControl['assessment']];

/** Lets the catalogues read like the benchmark's table of contents: one section, then its rows. */
export function section(name: string, rows: readonly ControlRow[]): FrameworkControl[] {
  return rows.map(([id, title, assessment]) => ({ id, title, section: name, assessment }));
}

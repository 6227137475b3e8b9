import type { Severity } from '../gql/graphql';

/** The product-wide order: most severe first, always (docs: PRODUCT.md conventions). */
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];

interface SeverityStyle {
  /** Text shown next to the colour: severity is never conveyed by colour alone. */
  label: string;
  /**
   * Fixed Mantine colour; paired with autoContrast where text sits on it. Shades chosen so that the text
   * autoContrast puts on them keeps 4.5:1 (white on red.9, blue.8, gray.7; black on orange.6, yellow.5).
   */
  color: string;
}

export const SEVERITY_STYLE: Readonly<Record<Severity, SeverityStyle>> = {
  CRITICAL: { label: 'Critical', color: 'red.9' },
  HIGH: { label: 'High', color: 'orange.6' },
  MEDIUM: { label: 'Medium', color: 'yellow.5' },
  LOW: { label: 'Low', color: 'blue.8' },
  INFO: { label: 'Info', color: 'gray.7' },
};

/** The CSS colour of a severity (for SVG fills and borders, where Mantine's `color` prop does not reach). */
export function severityCssColor(severity: Severity): string {
  return `var(--mantine-color-${SEVERITY_STYLE[severity].color.replace('.', '-')})`;
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

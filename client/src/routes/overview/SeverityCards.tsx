import { Paper, SimpleGrid, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { ACTIVE_FINDING_STATUSES } from '../../components/findingStatus';
import { SEVERITIES, SEVERITY_STYLE, severityCssColor } from '../../components/severity';
import { graphql } from '../../gql';
import type { SeverityCards_CountsFragment, Severity } from '../../gql/graphql';
import { findingsUrl } from '../findings/findingFilters';

export const SeverityCardsCountsFragment = graphql(`
  fragment SeverityCards_counts on FindingCounts {
    critical
    high
    medium
    low
    info
    total
  }
`);

const COUNT_FIELD: Readonly<Record<Severity, keyof Omit<SeverityCards_CountsFragment, '__typename' | 'total'>>> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFO: 'info',
};

/**
 * One card per severity, most severe first, each with its fixed colour and its name in text. A card opens the
 * Findings list filtered to that severity and to the open statuses it counts.
 */
export function SeverityCards({ counts }: { counts: SeverityCards_CountsFragment }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
      {SEVERITIES.map((severity) => {
        const style = SEVERITY_STYLE[severity];
        const count = counts[COUNT_FIELD[severity]];
        return (
          <li key={severity}>
            <UnstyledButton
              component={Link}
              to={findingsUrl({ severity: [severity], status: [...ACTIVE_FINDING_STATUSES] })}
              w="100%"
            >
              {/* Named by its own text, "Critical 3 open findings": no aria-label that could drift from what is shown (WCAG 2.5.3). */}
              <Paper
                withBorder
                p="md"
                style={{ borderTop: `6px solid ${severityCssColor(severity)}` }}
              >
                <Text size="sm" fw={600}>
                  {style.label}
                </Text>
                <Text size="xl" fw={700}>
                  {count}
                  <VisuallyHidden> open findings</VisuallyHidden>
                </Text>
              </Paper>
            </UnstyledButton>
          </li>
        );
      })}
    </SimpleGrid>
  );
}

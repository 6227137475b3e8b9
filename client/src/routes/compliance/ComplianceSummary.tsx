import { Group, Paper, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../../components/formatDateTime';
import type { ComplianceReportQuery } from '../../gql/graphql';
import { CONTROL_STATUS_STYLE, formatScore } from './controlStatus';

type Report = NonNullable<ComplianceReportQuery['compliance']>;

/** The score as a ring with its number in text, and the control counts per status. */
export function ComplianceSummary({ report }: { report: Report }) {
  const counts = [
    { status: 'PASS', count: report.passed },
    { status: 'FAIL', count: report.failed },
    { status: 'UNKNOWN', count: report.unknown },
    { status: 'MANUAL', count: report.manual },
    { status: 'NOT_APPLICABLE', count: report.notApplicable },
  ] as const;
  return (
    <Paper withBorder p="md">
      <Group align="center" gap="xl">
        <RingProgress
          size={120}
          thickness={12}
          roundCaps
          aria-hidden
          sections={[{ value: report.score ?? 0, color: 'green.8' }]}
          label={
            <Text ta="center" fw={700}>
              {report.score === null ? '—' : formatScore(report.score)}
            </Text>
          }
        />
        <Stack gap={4}>
          <Text fw={600}>Score: {formatScore(report.score)}</Text>
          <Text size="sm" c="dimmed">
            Passing share of the controls that could be assessed, at the scan evaluated {formatDateTime(report.evaluatedAt)}.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" component="dl" mt="xs">
            {counts.map(({ status, count }) => (
              <div key={status}>
                <Text component="dt" size="xs" c="dimmed">
                  {CONTROL_STATUS_STYLE[status].label}
                </Text>
                <Text component="dd" m={0} fw={600}>
                  {count}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Stack>
      </Group>
    </Paper>
  );
}

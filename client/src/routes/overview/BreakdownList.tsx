import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BreakdownRow } from './breakdown';

/**
 * A ranked list read as text (label and count, each a link to the filtered findings), with a proportional bar
 * beside each count as decoration only: the numbers are the content, so screen readers lose nothing.
 */
export function BreakdownList({ label, rows, max }: { label: string; rows: readonly BreakdownRow[]; max: number }) {
  return (
    <Stack component="ul" gap={6} aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((row) => (
        <li key={row.href}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Anchor component={Link} to={row.href} size="sm" style={{ wordBreak: 'break-all' }}>
              {row.label}
            </Anchor>
            <Text size="sm" fw={600}>
              {row.count}
            </Text>
          </Group>
          <Box
            aria-hidden
            h={6}
            bg="indigo.6"
            style={{ width: `${Math.max(2, Math.round((row.count / Math.max(1, max)) * 100))}%`, borderRadius: 3 }}
          />
        </li>
      ))}
    </Stack>
  );
}

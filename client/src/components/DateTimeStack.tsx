import { Text } from '@mantine/core';
import { formatDateTime } from './formatDateTime';

/**
 * A date over its time of day, for narrow table columns: "Dec 5, 2026" / "6:56 PM" in two short lines instead of
 * one long string the table breaks at every space. The whole instant stays in the title and for screen readers.
 */
export function DateTimeStack({ iso }: { iso: string | null | undefined }) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return <>{formatDateTime(iso)}</>;
  return (
    <Text component="span" size="sm" title={formatDateTime(iso)} style={{ display: 'block', whiteSpace: 'nowrap' }}>
      {date.toLocaleDateString(undefined, { dateStyle: 'medium' })}
      <Text component="span" size="xs" c="dimmed" style={{ display: 'block' }}>
        {date.toLocaleTimeString(undefined, { timeStyle: 'short' })}
      </Text>
    </Text>
  );
}

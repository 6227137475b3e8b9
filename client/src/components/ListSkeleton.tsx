import { Skeleton, Stack } from '@mantine/core';

/** The loading state of a list: placeholder rows in a named, busy status region (so screen readers hear it). */
export function ListSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <Stack role="status" aria-busy="true" aria-label={label} gap="xs">
      {Array.from({ length: rows }, (_, row) => (
        <Skeleton key={row} h={36} />
      ))}
    </Stack>
  );
}

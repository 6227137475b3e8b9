import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term/value pair of a details page; place inside a `component="dl"` container. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  );
}

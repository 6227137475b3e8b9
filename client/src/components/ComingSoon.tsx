import { EmptyState, Stack, Title } from '@mantine/core';

/** Placeholder for the navigation entries whose pages are not built yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <EmptyState title="Coming soon" description={description} />
    </Stack>
  );
}

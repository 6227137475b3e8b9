import { Button, Center, Text } from '@mantine/core';

interface LoadMoreProps {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Cursor pagination's footer: how much of the list is on screen, and a "Load more" while pages remain. */
export function LoadMore({ shown, total, hasNextPage, loading, onLoadMore }: LoadMoreProps) {
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {shown} of {total}
      </Text>
      {hasNextPage && (
        <Center>
          <Button variant="default" loading={loading} onClick={onLoadMore}>
            Load more
          </Button>
        </Center>
      )}
    </>
  );
}

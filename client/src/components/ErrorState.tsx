import { Alert, Button, Group, Text } from '@mantine/core';
import { apiErrorCode } from '../apollo/authErrors';

/** What a person can do about each API error code; the raw message stays in the console, not on screen. */
function describe(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'FORBIDDEN':
      return 'Your role does not allow this.';
    case 'NOT_FOUND':
      return 'It does not exist, or it is not in your organisation.';
    case 'RATE_LIMITED':
      return 'Too many requests. Wait a moment, then retry.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again.';
    default:
      return 'The request failed. Check your connection, then retry.';
  }
}

interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** The error state of every list and page: what went wrong and a retry. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  return (
    <Alert color="red" title={title} role="alert">
      <Group justify="space-between" align="center">
        <Text size="sm">{describe(error)}</Text>
        {onRetry && (
          <Button variant="white" color="red" size="xs" onClick={onRetry}>
            Retry
          </Button>
        )}
      </Group>
    </Alert>
  );
}

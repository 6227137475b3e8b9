import { Stack, Text, Title } from '@mantine/core';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateTokenForm } from './CreateTokenForm';

/** Admin > API tokens: tokens for integrators calling the same GraphQL API as the dashboard. */
export function ApiTokensPage() {
  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby="new-token-title">
        <Title order={2} size="h3" id="new-token-title">
          New API token
        </Title>
        <Text size="sm" c="dimmed">
          A read-only token acts as an analyst; a read-and-write token acts with your role.
        </Text>
        <CreateTokenForm />
      </Stack>
      <Stack component="section" aria-labelledby="tokens-title">
        <Title order={2} size="h3" id="tokens-title">
          Your API tokens
        </Title>
        <ApiTokensTable />
      </Stack>
    </Stack>
  );
}

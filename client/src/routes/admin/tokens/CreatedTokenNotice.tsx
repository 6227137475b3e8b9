import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/** The secret of a new token, shown this once (the server keeps only its hash). */
export function CreatedTokenNotice({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  return (
    <Alert color="green" title={`Token “${name}” created`} role="status">
      <Stack gap="xs">
        <Text size="sm">Copy it now: it will not be shown again. Send it as <Code>{'Authorization: Bearer <token>'}</Code>.</Text>
        <Code block aria-label="New API token" style={{ wordBreak: 'break-all' }}>
          {token}
        </Code>
        <Group>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDismiss}>
            I copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

import { Button, Code, CopyButton, Group, ScrollArea, Stack, Text } from '@mantine/core';

/** A block of generated text with a labelled copy button (the ExternalId, the policy, the templates). */
export function CopyableCode({ label, value, block = true }: { label: string; value: string; block?: boolean }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="default" onClick={copy} aria-label={`Copy ${label}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {block ? (
        <ScrollArea.Autosize mah={320}>
          <Code block aria-label={label}>
            {value}
          </Code>
        </ScrollArea.Autosize>
      ) : (
        <Code aria-label={label}>{value}</Code>
      )}
    </Stack>
  );
}

import { Button, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';

interface CopyableCodeProps {
  label: string;
  value: string;
  /** A multi-line block (templates, remediation); false: one inline value (an id). */
  block?: boolean;
  /** Render the label as a heading of this level (a section of a page) instead of plain bold text. */
  headingOrder?: 3 | 4;
}

/**
 * Generated text with a labelled copy button: the onboarding ExternalId and templates, a finding's AWS CLI and
 * Terraform remediation. A block scrolls inside itself, so it takes keyboard focus (axe: scrollable regions must
 * be reachable without a mouse).
 */
export function CopyableCode({ label, value, block = true, headingOrder }: CopyableCodeProps) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        {headingOrder ? (
          <Title order={headingOrder} size="h5">
            {label}
          </Title>
        ) : (
          <Text size="sm" fw={600}>
            {label}
          </Text>
        )}
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={`Copy ${label}`}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {block ? (
        <Code block aria-label={label} tabIndex={0} mah={320} style={{ overflow: 'auto' }}>
          {value}
        </Code>
      ) : (
        <Code aria-label={label}>{value}</Code>
      )}
    </Stack>
  );
}

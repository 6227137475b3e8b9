import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';

/**
 * The normalized configuration, collapsed by default: it can run to hundreds of lines (policies, ACLs) and the
 * facts above answer most questions. Rendered as text, never as HTML.
 */
export function ConfigJson({ config }: { config: unknown }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  if (config === null || config === undefined) {
    return <Text c="dimmed">The configuration could not be read.</Text>;
  }
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" size="xs" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
          {open ? 'Hide configuration' : 'Show configuration'}
        </Button>
      </Group>
      {open && (
        <div id={regionId} role="region" aria-label="Configuration JSON">
          <Code block tabIndex={0} mah={480} style={{ overflow: 'auto' }}>
            {JSON.stringify(config, null, 2)}
          </Code>
        </div>
      )}
    </Stack>
  );
}

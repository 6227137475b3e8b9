import { Button, Checkbox, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

/** Offers the codes as a text file: the only copy, as the server keeps hashes alone. */
function download(codes: readonly string[]) {
  const text = `CSPMEXA recovery codes. Each code works once.\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'cspmexa-recovery-codes.txt';
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The recovery codes, shown once (the server stores only their hashes). "Done" stays disabled until the person
 * says they saved them, because leaving this screen is the last chance to see them.
 */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const [saved, setSaved] = useState(false);
  const asText = codes.join('\n');

  return (
    <Stack component="section" aria-labelledby="recovery-codes-title">
      <Title order={2} size="h3" id="recovery-codes-title">
        Save your recovery codes
      </Title>
      <Text size="sm">
        If you lose your authenticator app, each of these codes signs you in once. They are shown only now: store
        them somewhere safe, such as a password manager.
      </Text>
      <Paper withBorder p="md">
        <List aria-label="Recovery codes" listStyleType="none" ff="monospace">
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
      </Paper>
      <Group>
        <CopyButton value={asText}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy codes'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => download(codes)}>
          Download codes
        </Button>
      </Group>
      <Checkbox
        label="I saved my recovery codes"
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
      />
      <Group>
        <Button onClick={onDone} disabled={!saved}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}

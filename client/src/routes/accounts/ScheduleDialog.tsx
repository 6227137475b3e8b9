import { useMutation } from '@apollo/client/react';
import { Alert, Button, Chip, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { ScheduleScansDocument } from './scanControl';

/** Common schedules; anything else is typed as a cron expression, which the server validates (at most every 5 min). */
export const SCHEDULE_PRESETS: readonly { label: string; cron: string }[] = [
  { label: 'Daily at 03:00 UTC', cron: '0 3 * * *' },
  { label: 'Every 6 hours', cron: '0 */6 * * *' },
  { label: 'Weekly, Monday 03:00 UTC', cron: '0 3 * * 1' },
];

interface ScheduleDialogProps {
  opened: boolean;
  account: { id: string; name: string; scanSchedule?: string | null };
  onClose: () => void;
}

export function ScheduleDialog({ opened, account, onClose }: ScheduleDialogProps) {
  const [cron, setCron] = useState(account.scanSchedule ?? SCHEDULE_PRESETS[0]!.cron);
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleScansDocument, { refetchQueries: ['Accounts'] });

  async function save(expression: string | null) {
    setProblem(null);
    try {
      await schedule({ variables: { accountId: account.id, cron: expression } });
      onClose();
    } catch (error) {
      setProblem(userMessage(error, 'Could not save the schedule. Try again.'));
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(cron.trim());
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Scheduled scans of ${account.name}`} centered>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Chip.Group value={SCHEDULE_PRESETS.find((p) => p.cron === cron.trim())?.cron ?? ''} onChange={(value) => setCron(String(value))}>
            <Group gap="xs">
              {SCHEDULE_PRESETS.map((p) => (
                <Chip key={p.cron} value={p.cron} size="xs">
                  {p.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <TextInput label="Cron expression (UTC)" value={cron} onChange={(event) => setCron(event.currentTarget.value)} placeholder="0 3 * * *" />
          <Text size="xs" c="dimmed">
            Minute, hour, day of month, month, day of week. Scans run at most every 5 minutes.
          </Text>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="space-between">
            {account.scanSchedule ? (
              <Button variant="subtle" color="red" onClick={() => void save(null)} disabled={loading}>
                Remove schedule
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save schedule
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

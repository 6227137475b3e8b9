import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { MuteFindingsDocument, QUERIES_CHANGED_BY_MUTE } from './mute';
import { muteReasonError, parseMuteExpiry } from './muteExpiry';

interface MuteDialogProps {
  opened: boolean;
  findingIds: readonly string[];
  onClose: () => void;
  onMuted: () => void;
  /** The clock, passed in so tests can pin "today". */
  now?: () => Date;
}

/**
 * Mutes exactly the given findings (`muteFindings`): a reason is required (it is audited and shown on the
 * finding), an expiry day is optional. Rescans keep them muted until the day passes or the rule is deleted.
 */
export function MuteDialog({ opened, findingIds, onClose, onMuted, now = () => new Date() }: MuteDialogProps) {
  const [reason, setReason] = useState('');
  const [expiryDay, setExpiryDay] = useState('');
  const [touched, setTouched] = useState(false);
  const [mute, { loading, error, reset }] = useMutation(MuteFindingsDocument, {
    refetchQueries: QUERIES_CHANGED_BY_MUTE,
  });
  const reasonError = touched ? muteReasonError(reason) : null;
  const expiry = parseMuteExpiry(expiryDay, now());
  const count = findingIds.length;
  const noun = count === 1 ? 'finding' : 'findings';

  const close = () => {
    setReason('');
    setExpiryDay('');
    setTouched(false);
    reset();
    onClose();
  };

  const submit = async () => {
    setTouched(true);
    if (muteReasonError(reason) || !expiry.ok) return;
    const result = await mute({
      variables: { ids: [...findingIds], reason: reason.trim(), expiresAt: expiry.expiresAt },
    }).catch(() => null);
    if (result?.data) {
      close();
      onMuted();
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={`Mute ${count} ${noun}`} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            Muted findings raise no alerts and stay muted in later scans. The reason and your name are recorded.
          </Text>
          <Textarea
            label="Reason"
            required
            rows={3}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
            onBlur={() => setTouched(true)}
            data-autofocus
          />
          <TextInput
            type="date"
            label="Mute until (optional)"
            description="The findings come back after this day. Leave empty to mute until someone unmutes."
            value={expiryDay}
            error={expiry.ok ? null : expiry.message}
            onChange={(event) => setExpiryDay(event.currentTarget.value)}
          />
          {error && (
            <Alert color="red" role="alert">
              {userMessage(error, 'The findings could not be muted. Try again.')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Mute {count} {noun}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

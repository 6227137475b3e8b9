import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { useViewerRole } from '../../auth/useViewerRole';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../components/formatDateTime';
import type { FindingDetailQuery } from '../../gql/graphql';
import { DeleteMuteRuleDocument, QUERIES_CHANGED_BY_MUTE } from './mute';
import { MuteDialog } from './MuteDialog';

type Detail = NonNullable<FindingDetailQuery['finding']>;

/**
 * Mute (any signed-in user) or unmute the finding. Unmuting deletes the mute rule, which can cover other findings
 * too and is ADMIN-only on the server: the button is offered to admins, and the dialog says how many come back.
 */
export function MuteControls({ finding }: { finding: Pick<Detail, 'id' | 'status' | 'muteRule'> }) {
  const role = useViewerRole();
  const [muting, setMuting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [unmute, { loading, error }] = useMutation(DeleteMuteRuleDocument, { refetchQueries: QUERIES_CHANGED_BY_MUTE });
  const rule = finding.muteRule;

  if (finding.status === 'MUTED' && rule) {
    return (
      <Stack gap="xs">
        <Alert color="gray" title="Muted">
          <Text size="sm">“{rule.reason}”</Text>
          <Text size="xs" c="dimmed">
            by {rule.createdByEmail} · {rule.expiresAt ? `until ${formatDateTime(rule.expiresAt)}` : 'no expiry'}
          </Text>
        </Alert>
        {role === 'ADMIN' && (
          <Group>
            <Button variant="default" size="xs" onClick={() => setConfirming(true)}>
              Unmute
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {userMessage(error, 'The finding could not be unmuted. Try again.')}
          </Alert>
        )}
        <ConfirmDialog
          opened={confirming}
          title="Unmute by deleting the mute rule?"
          confirmLabel="Delete mute rule"
          loading={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void unmute({ variables: { id: rule.id } }).catch(() => undefined);
          }}
        >
          The rule mutes {rule.mutedFindingCount} finding{rule.mutedFindingCount === 1 ? '' : 's'}; all of them come back
          at once and can raise alerts again.
        </ConfirmDialog>
      </Stack>
    );
  }

  if (finding.status === 'RESOLVED' || finding.status === 'MUTED') return null;
  return (
    <>
      <Group>
        <Button size="xs" variant="default" onClick={() => setMuting(true)}>
          Mute this finding
        </Button>
      </Group>
      <MuteDialog opened={muting} findingIds={[finding.id]} onClose={() => setMuting(false)} onMuted={() => undefined} />
    </>
  );
}

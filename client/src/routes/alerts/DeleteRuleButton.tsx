import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DeleteNotificationRuleDocument } from './alerts';

/** Deletes a rule after a confirmation; emails already queued by the rule are still delivered. */
export function DeleteRuleButton({ rule }: { rule: { id: string; name: string } }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleteRule, { loading }] = useMutation(DeleteNotificationRuleDocument, {
    refetchQueries: ['NotificationRules'],
    awaitRefetchQueries: true,
  });

  async function onConfirm() {
    setProblem(null);
    try {
      await deleteRule({ variables: { id: rule.id } });
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      setProblem(userMessage(error, 'Could not delete the rule. Try again.'));
    }
  }

  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={() => setConfirming(true)} aria-label={`Delete rule ${rule.name}`}>
        Delete
      </Button>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Delete notification rule?"
        confirmLabel="Delete rule"
        loading={loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        “{rule.name}” will stop sending emails. Emails it already queued are still delivered.
      </ConfirmDialog>
    </>
  );
}

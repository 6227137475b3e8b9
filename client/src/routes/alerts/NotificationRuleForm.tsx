import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../../apollo/userMessage';
import { isSeverity, SEVERITIES, SEVERITY_STYLE } from '../../components/severity';
import { CreateNotificationRuleDocument } from './alerts';
import { parseRecipients } from './recipients';

/** Creates a rule (ADMIN). The server validates again and names the field it refuses. */
export function NotificationRuleForm({ onCreated, onCancel }: { onCreated: () => void; onCancel: () => void }) {
  const [createRule, { loading }] = useMutation(CreateNotificationRuleDocument, {
    refetchQueries: ['NotificationRules'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [recipientsError, setRecipientsError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const severity = String(form.get('minSeverity') ?? '');
    const recipients = parseRecipients(String(form.get('recipients') ?? ''));
    setProblem(null);
    setRecipientsError(recipients.ok ? null : recipients.problem);
    if (!recipients.ok || !isSeverity(severity)) return;
    try {
      await createRule({ variables: { input: { name, minSeverity: severity, recipients: recipients.recipients } } });
      onCreated();
    } catch (error) {
      setProblem(userMessage(error, 'Could not create the rule. Try again.'));
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-rule-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={3} size="h4" id="new-rule-title">
            New notification rule
          </Title>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput label="Name" name="name" required maxLength={100} placeholder="Critical to security team" autoFocus />
          <NativeSelect
            label="Minimum severity"
            name="minSeverity"
            defaultValue="HIGH"
            data={SEVERITIES.map((severity) => ({ value: severity, label: `${SEVERITY_STYLE[severity].label} and above` }))}
          />
          <Textarea
            label="Recipients"
            name="recipients"
            required
            description="Email addresses, separated by commas or new lines (at most 20)."
            placeholder="secops@example.com"
            rows={3}
            error={recipientsError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create rule
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

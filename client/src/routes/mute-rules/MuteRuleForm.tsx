import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, MultiSelect, Paper, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { invalidField, userMessage } from '../../apollo/userMessage';
import type { AccountOptionsQuery, MuteRuleChecksQuery } from '../../gql/graphql';
import { QUERIES_CHANGED_BY_MUTE } from '../findings/mute';
import { CreateMuteRuleDocument } from './muteRules';
import { EMPTY_MUTE_RULE_FORM, fieldOfServerError, toMuteRuleInput, type MuteRuleFormErrors, type MuteRuleFormValues } from './muteRuleForm';

interface MuteRuleFormProps {
  catalogue: MuteRuleChecksQuery | undefined;
  connected: AccountOptionsQuery | undefined;
  onCreated: (mutedNow: number) => void;
  onCancel: () => void;
  /** The clock, passed in so tests can pin "today". */
  now?: () => Date;
}

/**
 * Creates a scoped mute rule (any signed-in user, as in Security Hub): every scope given must match, a reason is
 * required and audited, the expiry is optional. Checked here first, then by the server, whose BAD_USER_INPUT
 * message is shown at the field it names.
 */
export function MuteRuleForm({ catalogue, connected, onCreated, onCancel, now = () => new Date() }: MuteRuleFormProps) {
  const [values, setValues] = useState<MuteRuleFormValues>(EMPTY_MUTE_RULE_FORM);
  const [errors, setErrors] = useState<MuteRuleFormErrors>({});
  const [createRule, { loading }] = useMutation(CreateMuteRuleDocument, {
    refetchQueries: QUERIES_CHANGED_BY_MUTE,
    awaitRefetchQueries: true,
  });
  const set = <K extends keyof MuteRuleFormValues>(key: K) => (value: MuteRuleFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = toMuteRuleInput(values, now());
    setErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    try {
      const result = await createRule({ variables: { input: parsed.input } });
      onCreated(result.data?.createMuteRule.mutedFindingCount ?? 0);
    } catch (error) {
      setErrors({ [fieldOfServerError(invalidField(error))]: userMessage(error, 'Could not create the mute rule. Try again.') });
    }
  }

  const checks = (catalogue?.checks ?? []).map((check) => ({ value: check.id, label: `${check.shortId} · ${check.title}` }));
  const accounts = (connected?.awsAccounts.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.awsAccountId ? `${node.name} (${node.awsAccountId})` : node.name,
  }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-mute-rule-title">
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Title order={2} size="h4" id="new-mute-rule-title">
            New mute rule
          </Title>
          <Text size="sm" c="dimmed">
            Findings matching every scope you fill in are muted now and in later scans: they raise no alerts until the
            rule expires or an administrator deletes it.
          </Text>
          {errors.scope && (
            <Alert color="red" role="alert">
              {errors.scope}
            </Alert>
          )}
          <Textarea
            label="Reason"
            required
            rows={2}
            description="Why the risk is accepted. Recorded with your name on the rule and on every finding it mutes."
            value={values.reason}
            error={errors.reason}
            onChange={(event) => set('reason')(event.currentTarget.value)}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <MultiSelect
              label="Checks"
              placeholder="Any check"
              searchable
              data={checks}
              value={values.checkIds}
              error={errors.checkIds}
              onChange={set('checkIds')}
              nothingFoundMessage="No such check"
            />
            <MultiSelect
              label="Accounts"
              placeholder="Any account"
              searchable
              data={accounts}
              value={values.accountIds}
              error={errors.accountIds}
              onChange={set('accountIds')}
              nothingFoundMessage="No such account"
            />
            <TagsInput
              label="Regions"
              placeholder="Any region (type, then Enter)"
              description="e.g. eu-west-1"
              value={values.regions}
              error={errors.regions}
              onChange={set('regions')}
              splitChars={[',', ' ']}
            />
            <TextInput
              label="Resource ARN or id pattern"
              placeholder="Any resource"
              description="* matches any characters, ? exactly one; e.g. arn:aws:s3:::logs-*"
              value={values.resourcePattern}
              error={errors.resourcePattern}
              onChange={(event) => set('resourcePattern')(event.currentTarget.value)}
            />
            <Textarea
              label="Tags"
              placeholder="Any tags"
              description="One key=value per line; the resource must carry all of them."
              rows={2}
              value={values.tags}
              error={errors.tags}
              onChange={(event) => set('tags')(event.currentTarget.value)}
            />
            <TextInput
              type="date"
              label="Mute until (optional)"
              description="The findings come back after this day. Leave empty to mute until the rule is deleted."
              value={values.expiryDay}
              error={errors.expiresAt}
              onChange={(event) => set('expiryDay')(event.currentTarget.value)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create mute rule
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

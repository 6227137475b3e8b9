import { Stack, Text } from '@mantine/core';
import type { MuteRulesTable_RuleFragment } from '../../gql/graphql';
import type { RuleNames } from './ruleNames';

/** What a rule covers, one line per scope it sets (every line must match); a bulk mute names its finding count. */
export function MuteRuleScope({ rule, names }: { rule: MuteRulesTable_RuleFragment; names: RuleNames }) {
  const lines: [string, string][] = [];
  if (rule.findingCount !== null) lines.push(['Findings', `${rule.findingCount} selected on the Findings page`]);
  if (rule.checkIds) lines.push(['Checks', rule.checkIds.map(names.check).join(', ')]);
  if (rule.accountIds) lines.push(['Accounts', rule.accountIds.map(names.account).join(', ')]);
  if (rule.regions) lines.push(['Regions', rule.regions.join(', ')]);
  if (rule.resourcePattern) lines.push(['Resources', rule.resourcePattern]);
  if (rule.tags.length > 0) lines.push(['Tags', rule.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ')]);
  return (
    <Stack gap={2}>
      {lines.map(([label, value]) => (
        <Text key={label} size="sm" style={{ wordBreak: 'break-all' }}>
          <Text span fw={600} size="sm">
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
    </Stack>
  );
}

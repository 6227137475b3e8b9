import type { AccountOptionsQuery, MuteRuleChecksQuery } from '../../gql/graphql';

/** How the list names what a rule's scope holds (ids in the API): checks by catalogue id, accounts by name. */
export interface RuleNames {
  check: (checkId: string) => string;
  /** A rule stores AwsAccount ids or 12-digit AWS ids, whichever the person gave. */
  account: (accountId: string) => string;
}

export function ruleNames(catalogue: MuteRuleChecksQuery | undefined, connected: AccountOptionsQuery | undefined): RuleNames {
  const checks = new Map((catalogue?.checks ?? []).map((check) => [check.id, check.shortId]));
  const accounts = new Map<string, string>();
  for (const { node } of connected?.awsAccounts.edges ?? []) {
    const label = node.awsAccountId ? `${node.name} (${node.awsAccountId})` : node.name;
    accounts.set(node.id, label);
    if (node.awsAccountId) accounts.set(node.awsAccountId, label);
  }
  return {
    check: (checkId) => checks.get(checkId) ?? checkId,
    account: (accountId) => accounts.get(accountId) ?? accountId,
  };
}

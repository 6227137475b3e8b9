import { graphql } from '../../gql';
import type { MuteRuleFilter } from '../../gql/graphql';

export const MUTE_RULES_PAGE_SIZE = 25;

export const MuteRulesTableRuleFragment = graphql(`
  fragment MuteRulesTable_rule on MuteRule {
    id
    reason
    checkIds
    accountIds
    regions
    resourcePattern
    tags {
      key
      value
    }
    findingCount
    expiresAt
    expired
    mutedFindingCount
    createdByEmail
    createdAt
  }
`);

export const MuteRulesDocument = graphql(`
  query MuteRules($filter: MuteRuleFilter, $first: Int, $after: String) {
    muteRules(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...MuteRulesTable_rule
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The check catalogue: what the scope form offers, and how the list names a rule's checks. */
export const MuteRuleChecksDocument = graphql(`
  query MuteRuleChecks {
    checks {
      id
      shortId
      title
    }
  }
`);

export const CreateMuteRuleDocument = graphql(`
  mutation CreateMuteRule($input: CreateMuteRuleInput!) {
    createMuteRule(input: $input) {
      id
      mutedFindingCount
    }
  }
`);

/** The list's state filter, a short word in the URL (`?state=expired`); live rules are the default view. */
export const RULE_STATES = {
  live: { label: 'Live', filter: { expired: false } },
  expired: { label: 'Expired', filter: { expired: true } },
  all: { label: 'All', filter: {} },
} as const satisfies Record<string, { label: string; filter: MuteRuleFilter }>;

export type RuleState = keyof typeof RULE_STATES;
export const DEFAULT_RULE_STATE: RuleState = 'live';

export function readRuleState(value: string | null): RuleState {
  return value !== null && Object.hasOwn(RULE_STATES, value) ? (value as RuleState) : DEFAULT_RULE_STATE;
}

import type { MockLink } from '@apollo/client/testing';
import type { MuteRuleFilter, MuteRulesTable_RuleFragment } from '../../gql/graphql';
import { AccountOptionsDocument } from '../../components/accountOptions';
import { MUTE_RULES_PAGE_SIZE, MuteRuleChecksDocument, MuteRulesDocument } from './muteRules';

/** Builders for the Mute rules page's mocked responses (tests only). */
export function muteRule(id: string, overrides: Partial<MuteRulesTable_RuleFragment> = {}): MuteRulesTable_RuleFragment {
  return {
    __typename: 'MuteRule',
    id,
    reason: `Reason of ${id}`,
    checkIds: null,
    accountIds: null,
    regions: null,
    resourcePattern: null,
    tags: [],
    findingCount: null,
    expiresAt: null,
    expired: false,
    mutedFindingCount: 0,
    createdByEmail: 'ana@example.com',
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function rulesMock(
  filter: MuteRuleFilter,
  rules: MuteRulesTable_RuleFragment[],
  { after, totalCount = rules.length, hasNextPage = false }: { after?: string; totalCount?: number; hasNextPage?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: { query: MuteRulesDocument, variables: { filter, first: MUTE_RULES_PAGE_SIZE, ...(after && { after }) } },
    result: {
      data: {
        muteRules: {
          __typename: 'MuteRuleConnection',
          totalCount,
          edges: rules.map((node) => ({ __typename: 'MuteRuleEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', endCursor: rules.length > 0 ? `c-${rules[rules.length - 1]!.id}` : null, hasNextPage },
        },
      },
    },
  };
}

const ALWAYS = Number.POSITIVE_INFINITY;

/** The check catalogue and the connected accounts the page names rules with. */
export const optionsMocks: MockLink.MockedResponse[] = [
  {
    request: { query: MuteRuleChecksDocument },
    result: {
      data: {
        checks: [
          { __typename: 'Check', id: 's3_bucket_public_access', shortId: 'S3-03', title: 'S3 bucket is not publicly accessible' },
          { __typename: 'Check', id: 'ec2_sg_no_public_ssh', shortId: 'EC2-05', title: 'Security group does not allow SSH from anywhere' },
        ],
      },
    },
    maxUsageCount: ALWAYS,
  },
  {
    request: { query: AccountOptionsDocument },
    result: {
      data: {
        awsAccounts: {
          __typename: 'AwsAccountConnection',
          totalCount: 1,
          edges: [{ __typename: 'AwsAccountEdge', node: { __typename: 'AwsAccount', id: 'acc-1', name: 'Sandbox', awsAccountId: '111122223333' } }],
        },
      },
    },
    maxUsageCount: ALWAYS,
  },
];

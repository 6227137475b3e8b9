import type { MockLink } from '@apollo/client/testing';
import type { Role, Severity } from '../../gql/graphql';
import { ViewerDocument } from '../shell/me';
import { NotificationRulesDocument, RULES_PAGE_SIZE } from './alerts';

/** Mocked responses shared by the Alerts page tests. */
export function viewerMock(role: Role): MockLink.MockedResponse {
  return {
    request: { query: ViewerDocument },
    result: { data: { me: { __typename: 'User', id: 'u1', email: 'someone@example.com', role } } },
  };
}

export function rule(id: string, name: string, minSeverity: Severity, recipients: string[]) {
  return {
    __typename: 'NotificationRule' as const,
    id,
    name,
    minSeverity,
    recipients,
    enabled: true,
    createdAt: '2026-01-01T10:00:00.000Z',
  };
}

export function rulesMock(rules: ReturnType<typeof rule>[]): MockLink.MockedResponse {
  return {
    request: { query: NotificationRulesDocument, variables: { first: RULES_PAGE_SIZE } },
    result: {
      data: {
        notificationRules: {
          __typename: 'NotificationRuleConnection',
          totalCount: rules.length,
          edges: rules.map((node) => ({ __typename: 'NotificationRuleEdge', cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
  };
}

import type { ResourceHistoryQuery } from '../../gql/graphql';
import { RESOURCE_HISTORY_PAGE_SIZE, ResourceHistoryDocument } from './resourceHistory';

type Change = NonNullable<ResourceHistoryQuery['resource']>['history']['edges'][number]['node'];

export const historyRequest = { query: ResourceHistoryDocument, variables: { id: 'r1', first: RESOURCE_HISTORY_PAGE_SIZE } };

export function historyPage(changes: Change[], { hasNextPage = false, endCursor = 'h-end', totalCount = changes.length } = {}) {
  return {
    data: {
      resource: {
        __typename: 'Resource' as const,
        id: 'r1',
        history: {
          __typename: 'ResourceChangeConnection' as const,
          totalCount,
          edges: changes.map((node) => ({ __typename: 'ResourceChangeEdge' as const, cursor: `c-${node.id}`, node })),
          pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
        },
      },
    },
  };
}

export const emptyHistory = { request: historyRequest, result: historyPage([]) };

export function change(id: string, changeType: Change['changeType'], changes: Change['changes'] = [], changeCount = changes.length): Change {
  return { __typename: 'ResourceChange', id, changeType, changedAt: '2026-01-03T10:00:00.000Z', changeCount, changes };
}

export const pathChange = (path: string[], kind: 'ADDED' | 'REMOVED' | 'CHANGED', before: unknown, after: unknown) => ({
  __typename: 'ConfigChange' as const,
  path,
  change: kind,
  before,
  after,
});

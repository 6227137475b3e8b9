import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubgraphContext } from '@cspmexa/server-kit';
import { entityResolvers } from './entities';
import { historyResolvers } from './history';
import { operationResolvers } from './operations';
import { scanProgressResolvers } from './progress';
import { DateTime, JSONScalar } from './scalars';
import type { InventoryServices } from './services';
import { snapshotResolvers } from './snapshots';

export function createResolvers(services: InventoryServices): GraphQLResolverMap<SubgraphContext> {
  const operations = operationResolvers(services);
  const entities = entityResolvers(services);
  const history = historyResolvers(services);
  const snapshots = snapshotResolvers(services);
  return {
    DateTime,
    JSON: JSONScalar,
    ...entities,
    ...scanProgressResolvers,
    ...history,
    ...snapshots,
    Query: { ...operations.Query, ...history.Query, ...snapshots.Query },
    Mutation: { ...operations.Mutation, ...snapshots.Mutation },
    Scan: { ...entities.Scan, ...snapshots.Scan },
    Resource: { ...entities.Resource, ...history.Resource },
  } as GraphQLResolverMap<SubgraphContext>;
}

import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubgraphContext } from '@cspmexa/server-kit';
import { entityResolvers } from './entities';
import { operationResolvers } from './operations';
import { scanProgressResolvers } from './progress';
import { DateTime, JSONScalar } from './scalars';
import type { InventoryServices } from './services';

export function createResolvers(services: InventoryServices): GraphQLResolverMap<SubgraphContext> {
  return {
    DateTime,
    JSON: JSONScalar,
    ...operationResolvers(services),
    ...entityResolvers(services),
    ...scanProgressResolvers,
  } as GraphQLResolverMap<SubgraphContext>;
}

/** READ API tokens run queries only: a mutation is refused before any subgraph is called (FORBIDDEN). */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context';

export function apiTokenScopePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.viewer?.apiToken?.scope === 'READ' && operation?.operation !== 'query') {
            throw new GraphQLError('This API token is read-only.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}

import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * One cache definition for the app and its tests. Connections merge page after page ("Load more"), kept apart
 * per filter so two filtered views never mix their edges.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          findings: relayStylePagination(['filter']),
          awsAccounts: relayStylePagination(),
        },
      },
    },
  });
}

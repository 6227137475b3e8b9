import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * One cache definition for the app and its tests. Connections merge page after page ("Load more"), kept apart
 * per filter (the key arguments) so two filtered views never mix their edges.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          findings: relayStylePagination(['filter', 'orderBy']),
          awsAccounts: relayStylePagination(),
          resources: relayStylePagination(['filter']),
          scans: relayStylePagination(['accountId']),
          notificationRules: relayStylePagination(),
          muteRules: relayStylePagination(['filter']),
          emailDeliveries: relayStylePagination(),
        },
      },
      // Facet counts have no id: pages select different facets of the same filter, so merge rather than replace.
      FindingFacets: { merge: true },
      Resource: {
        fields: {
          findings: relayStylePagination(['status']),
          history: relayStylePagination(),
        },
      },
    },
  });
}

import { graphql } from '../../gql';

/**
 * Counts come from the server (never from a full list in the browser). The accounts are fetched with their edges,
 * not as a bare totalCount: `awsAccounts` is one cached connection, and an edge-less answer would read back as
 * "no accounts" on the pages that list them (Compliance, Inventory filters).
 */
export const OverviewDocument = graphql(`
  query Overview($filter: FindingFilter) {
    findingCounts(filter: $filter) {
      ...SeverityCards_counts
    }
    awsAccounts(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          awsAccountId
        }
      }
    }
  }
`);

import { graphql } from '../../gql';

/** Counts come from the server (never from a full list in the browser); one account is enough to know "any?". */
export const OverviewDocument = graphql(`
  query Overview($filter: FindingFilter) {
    findingCounts(filter: $filter) {
      ...SeverityCards_counts
    }
    awsAccounts(first: 1) {
      totalCount
    }
  }
`);

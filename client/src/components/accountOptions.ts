import { graphql } from '../gql';

/** The connected accounts for pickers (Compliance, Overview trend); the API caps a page at 100. */
export const AccountOptionsDocument = graphql(`
  query AccountOptions {
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

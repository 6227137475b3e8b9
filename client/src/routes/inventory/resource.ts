import { graphql } from '../../gql';

export const RESOURCE_FINDINGS_PAGE_SIZE = 25;

export const ResourceDetailDocument = graphql(`
  query ResourceDetail($id: ID!) {
    resource(id: $id) {
      id
      arn
      kind
      name
      accountId
      region
      tags
      config
      firstSeenAt
      lastSeenAt
      deletedAt
      account {
        id
        name
      }
    }
  }
`);

/**
 * Separate from the detail query: `Resource.findings` is resolved by the findings subgraph, so the resource still
 * shows when findings cannot be read, and "Load more" pages findings without refetching the resource.
 */
export const ResourceFindingsDocument = graphql(`
  query ResourceFindings($id: ID!, $first: Int, $after: String) {
    resource(id: $id) {
      id
      findings(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            title
            shortId
            severity
            status
            lastSeenAt
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

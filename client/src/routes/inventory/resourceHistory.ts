import { graphql } from '../../gql';

export const RESOURCE_HISTORY_PAGE_SIZE = 10;

/** Separate from the detail query, like the findings: "Load more" pages the history without the resource. */
export const ResourceHistoryDocument = graphql(`
  query ResourceHistory($id: ID!, $first: Int, $after: String) {
    resource(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            changeType
            changedAt
            changeCount
            changes {
              path
              change
              before
              after
            }
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

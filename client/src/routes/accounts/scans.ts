import { graphql } from '../../gql';

export const SCANS_PAGE_SIZE = 25;

/** The history leaves out each scan's error list (up to 500 entries): it is read when a row is expanded. */
export const ScanHistoryDocument = graphql(`
  query ScanHistory($accountId: ID!, $first: Int, $after: String) {
    awsAccount(id: $accountId) {
      id
      name
      awsAccountId
    }
    scans(accountId: $accountId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          queuedAt
          startedAt
          finishedAt
          resourceCount
          errorCount
          failureReason
          exportable
          evaluation {
            opened
            reopened
            resolved
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ScanErrorsDocument = graphql(`
  query ScanErrors($id: ID!) {
    scan(id: $id) {
      id
      errorCount
      errors {
        api
        region
        resourceArn
        code
        message
      }
    }
  }
`);

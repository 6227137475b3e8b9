import { graphql } from '../../gql';

export const FINDINGS_PAGE_SIZE = 25;

export const FindingsTableFindingFragment = graphql(`
  fragment FindingsTable_finding on Finding {
    id
    shortId
    title
    severity
    status
    checkId
    resourceArn
    region
    accountId
    firstSeenAt
    lastSeenAt
  }
`);

export const FindingsDocument = graphql(`
  query Findings($filter: FindingFilter, $first: Int, $after: String) {
    findings(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...FindingsTable_finding
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

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
  query Findings($filter: FindingFilter, $orderBy: FindingOrder, $first: Int, $after: String) {
    findings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
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

/** Counts per facet value come from the database (PRODUCT.md: never computed from a list in the browser). */
export const FindingFacetsDocument = graphql(`
  query FindingFacets($filter: FindingFilter) {
    findingFacets(filter: $filter) {
      severity {
        value
        count
      }
      status {
        value
        count
      }
      service {
        value
        count
      }
      account {
        value
        count
      }
      check {
        value
        count
      }
    }
  }
`);

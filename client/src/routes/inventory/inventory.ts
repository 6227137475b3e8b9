import { graphql } from '../../gql';

export const INVENTORY_PAGE_SIZE = 50;
/** Enough to list every account in the filter; the API caps pages at 100. */
export const ACCOUNT_OPTIONS_PAGE_SIZE = 100;

export const ResourcesTableResourceFragment = graphql(`
  fragment ResourcesTable_resource on Resource {
    id
    arn
    kind
    name
    accountId
    region
    lastSeenAt
    account {
      id
      name
    }
  }
`);

export const ResourcesDocument = graphql(`
  query Resources($filter: ResourceFilter, $first: Int, $after: String) {
    resources(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...ResourcesTable_resource
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const InventoryAccountOptionsDocument = graphql(`
  query InventoryAccountOptions($first: Int) {
    awsAccounts(first: $first) {
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

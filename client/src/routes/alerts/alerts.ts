import { graphql } from '../../gql';

/** An organisation has a handful of rules; one page of the API's maximum shows them all. */
export const RULES_PAGE_SIZE = 100;
export const DELIVERIES_PAGE_SIZE = 25;

export const NotificationRulesDocument = graphql(`
  query NotificationRules($first: Int, $after: String) {
    notificationRules(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          minSeverity
          recipients
          enabled
          createdAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const CreateNotificationRuleDocument = graphql(`
  mutation CreateNotificationRule($input: CreateNotificationRuleInput!) {
    createNotificationRule(input: $input) {
      id
      name
    }
  }
`);

export const DeleteNotificationRuleDocument = graphql(`
  mutation DeleteNotificationRule($id: ID!) {
    deleteNotificationRule(id: $id)
  }
`);

export const EmailDeliveriesDocument = graphql(`
  query EmailDeliveries($first: Int, $after: String) {
    emailDeliveries(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          recipient
          subject
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

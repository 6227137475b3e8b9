import { graphql } from '../../../gql';

export const AUDIT_PAGE_SIZE = 50;

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          sequence
          action
          actorId
          target
          at
          ip
          userAgent
          requestId
          details
        }
      }
    }
  }
`);

/** Who can be picked as the actor filter, and how actor ids read in the log. */
export const AuditActorsDocument = graphql(`
  query AuditActors {
    users(first: 100) {
      edges {
        node {
          id
          email
        }
      }
    }
  }
`);

/** Every action name the trail records (the server's one list), offered by the action filter. */
export const AuditActionsDocument = graphql(`
  query AuditActions {
    auditActions
  }
`);

export const VerifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      firstBrokenId
      checkedCount
    }
  }
`);

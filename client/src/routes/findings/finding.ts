import { graphql } from '../../gql';

export const FindingDetailDocument = graphql(`
  query FindingDetail($id: ID!) {
    finding(id: $id) {
      ...FindingsTable_finding
      message
      service
      description
      risk
      references
      remediation {
        text
        cli
        terraform
      }
      compliance {
        framework
        controlId
        title
      }
      history {
        at
        fromStatus
        toStatus
        scanId
        actorEmail
        note
      }
      muteRule {
        id
        reason
        expiresAt
        createdByEmail
        mutedFindingCount
      }
    }
  }
`);

import { graphql } from '../../../gql';

export const AlertRaisedDocument = graphql(`
  subscription AlertRaised($minSeverity: Severity) {
    alertRaised(minSeverity: $minSeverity) {
      id
      kind
      severity
      raisedAt
      finding {
        id
        title
        resourceArn
      }
    }
  }
`);

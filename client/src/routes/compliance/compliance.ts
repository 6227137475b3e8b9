import { graphql } from '../../gql';

export const ComplianceReportDocument = graphql(`
  query ComplianceReport($framework: ComplianceFramework!, $accountId: ID!) {
    compliance(framework: $framework, accountId: $accountId) {
      framework
      accountId
      scanId
      evaluatedAt
      score
      passed
      failed
      manual
      notApplicable
      unknown
      controls {
        controlId
        title
        section
        assessment
        status
        checkIds
        passed
        failed
        muted
        unknown
      }
    }
  }
`);

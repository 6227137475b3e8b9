import { graphql } from '../../gql';

export const FindingDetailDocument = graphql(`
  query FindingDetail($id: ID!) {
    finding(id: $id) {
      ...FindingsTable_finding
      message
      remediation {
        text
        cli
        terraform
      }
    }
  }
`);

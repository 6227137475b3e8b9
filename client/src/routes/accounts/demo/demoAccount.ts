import { graphql } from '../../../gql';

export const AddDemoAccountDocument = graphql(`
  mutation AddDemoAccount {
    addDemoAccount {
      id
      name
      demo
      lastScan {
        id
        status
      }
    }
  }
`);

import { graphql } from '../../gql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      email
      role
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

import { graphql } from '../../gql';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      mfaRequired
      user {
        id
        email
        role
      }
    }
  }
`);

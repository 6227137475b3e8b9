import { graphql } from '../../gql';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      mfaRequired
      mfaToken
      user {
        id
        email
        role
      }
    }
  }
`);

/** The second step of a sign-in that returned `mfaRequired`: a TOTP code or a recovery code, never both. */
export const VerifyMfaDocument = graphql(`
  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {
    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {
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

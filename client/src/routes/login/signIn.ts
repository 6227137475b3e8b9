import { graphql } from '../../gql';

/** What every step of a sign-in answers: a session, or (mfaRequired) the token for the MFA step. */
export const SignInResultFragment = graphql(`
  fragment SignInResult on AuthPayload {
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
`);

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...SignInResult
    }
  }
`);

/** The second step of a sign-in that returned `mfaRequired`: a TOTP code or a recovery code, never both. */
export const VerifyMfaDocument = graphql(`
  mutation VerifyMfa($mfaToken: String!, $code: String, $recoveryCode: String) {
    verifyMfa(mfaToken: $mfaToken, code: $code, recoveryCode: $recoveryCode) {
      ...SignInResult
    }
  }
`);

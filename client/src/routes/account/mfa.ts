import { graphql } from '../../gql';

export const EnrolMfaDocument = graphql(`
  mutation EnrolMfa {
    enrolMfa {
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

export const ConfirmMfaDocument = graphql(`
  mutation ConfirmMfa($code: String!) {
    confirmMfa(code: $code) {
      recoveryCodes
      session {
        accessToken
        refreshToken
        expiresAt
      }
    }
  }
`);

export const DisableMfaDocument = graphql(`
  mutation DisableMfa($password: String!) {
    disableMfa(password: $password)
  }
`);

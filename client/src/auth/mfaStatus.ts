import { graphql } from '../gql';

/**
 * The signed-in user's second-factor state. Kept apart from the user menu's `Viewer` query so the shell's query
 * (and every test that mocks it) is unchanged; both normalise into the same cached `User`.
 */
export const MfaStatusDocument = graphql(`
  query MfaStatus {
    me {
      id
      role
      mfaEnrolled
      mfaRequiredToEnrol
    }
  }
`);

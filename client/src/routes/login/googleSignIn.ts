import { graphql } from '../../gql';

/** Which sign-in methods the login page offers (works before anyone is signed in). */
export const AuthProvidersDocument = graphql(`
  query AuthProviders {
    authProviders {
      google
      password
    }
  }
`);

/** Ends a Google sign-in: the one-time code from the callback's redirect, for a session or an MFA challenge. */
export const ExchangeLoginCodeDocument = graphql(`
  mutation ExchangeLoginCode($code: String!) {
    exchangeLoginCode(code: $code) {
      ...SignInResult
    }
  }
`);

/** The gateway route that starts the Google flow; it comes back to /login with the outcome in the fragment. */
export function googleStartUrl(returnTo: string): string {
  return returnTo === '/' ? '/auth/google' : `/auth/google?returnTo=${encodeURIComponent(returnTo)}`;
}

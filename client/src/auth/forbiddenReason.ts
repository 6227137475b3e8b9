import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** `extensions.reason` of a FORBIDDEN answer, e.g. MFA_REQUIRED, NOT_ADMIN or API_TOKEN_NOT_ALLOWED. */
export function forbiddenReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const reason = graphQLError.extensions?.reason;
    if (graphQLError.extensions?.code === 'FORBIDDEN' && typeof reason === 'string') return reason;
  }
  return null;
}

/**
 * What to tell a user refused for a reason they can act on: an admin whose session has not passed MFA is told to
 * set it up rather than only that their role does not allow it. Null for other refusals.
 */
export function forbiddenMessage(error: unknown): string | null {
  const reason = forbiddenReason(error);
  if (reason === 'MFA_REQUIRED') {
    return 'Set up multi-factor authentication first (or sign in again with it): administrator actions need it.';
  }
  if (reason === 'API_TOKEN_NOT_ALLOWED') return 'API tokens cannot do this. Sign in to the dashboard instead.';
  return null;
}

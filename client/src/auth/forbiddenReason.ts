import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { userMessage } from '../apollo/userMessage';

/** `extensions.reason` of a FORBIDDEN answer, e.g. MFA_ENROLMENT_REQUIRED or API_TOKEN_NOT_ALLOWED. */
export function forbiddenReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const reason = graphQLError.extensions?.reason;
    if (graphQLError.extensions?.code === 'FORBIDDEN' && typeof reason === 'string') return reason;
  }
  return null;
}

/**
 * The message for a failed identity-administration action: an admin who has not enrolled MFA is told what to do
 * rather than only that their role does not allow it.
 */
export function adminActionMessage(error: unknown, fallback: string): string {
  const reason = forbiddenReason(error);
  if (reason === 'MFA_ENROLMENT_REQUIRED') {
    return 'Set up multi-factor authentication first: administrators without MFA cannot manage users.';
  }
  if (reason === 'API_TOKEN_NOT_ALLOWED') return 'API tokens cannot do this. Sign in to the dashboard instead.';
  return userMessage(error, fallback);
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { forbiddenMessage } from '../auth/forbiddenReason';
import { apiErrorCode } from './authErrors';

/**
 * The message to show for a failed mutation. For expected failures the server's message is the AppError's
 * userMessage, written for people; INTERNAL and transport failures get a generic line (the server masks them).
 */
export function userMessage(error: unknown, fallback = 'Something went wrong. Try again.'): string {
  const code = apiErrorCode(error);
  if (code === 'FORBIDDEN') return forbiddenMessage(error) ?? 'Your role does not allow this. Ask an administrator.';
  if (code === 'RATE_LIMITED') return 'Too many requests. Wait a moment, then try again.';
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'NOT_FOUND') && CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? fallback;
  }
  return fallback;
}

/** The input field a BAD_USER_INPUT answer names (`extensions.field`), so a form can show the message there. */
export function invalidField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((graphQLError) => graphQLError.extensions?.code === 'BAD_USER_INPUT');
  const field = found?.extensions?.field;
  return typeof field === 'string' ? field : null;
}

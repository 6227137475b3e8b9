import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The closed set of codes the API puts in `extensions.code` (docs/CONTRACTS.md). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL';

/** First `extensions.code` of a GraphQL error, or a code derived from the HTTP status the gateway answered. */
export function apiErrorCode(error: unknown): string | null {
  if (CombinedGraphQLErrors.is(error)) {
    for (const graphQLError of error.errors) {
      const code = graphQLError.extensions?.code;
      if (typeof code === 'string') return code;
    }
    return null;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    if (error.statusCode === 429) return 'RATE_LIMITED';
  }
  return null;
}

export function isUnauthenticated(error: unknown): boolean {
  return apiErrorCode(error) === 'UNAUTHENTICATED';
}

/**
 * One error type with a closed set of codes. Expected failures throw AppError; anything else is masked as
 * INTERNAL by `formatError` so that no stack trace, SQL or library message reaches a client.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    /** Safe to show to the user. */
    readonly userMessage: string,
    options: { cause?: unknown; field?: string } = {},
  ) {
    super(userMessage, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: { code, ...(options.field ? { field: options.field } : {}) },
    });
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return httpStatus[this.code];
  }
}

/** Apollo codes that are the client's fault and safe to pass through as they are. */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  ...errorCodes.filter((c) => c !== 'INTERNAL'),
]);

/** Masks every error that is not a known client error (SECURITY.md G6). */
export function maskError(formatted: GraphQLFormattedError, _error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && clientCodes.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL' },
  };
}

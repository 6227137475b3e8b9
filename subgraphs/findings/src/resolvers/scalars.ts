/** `DateTime`: Dates leave as ISO-8601 UTC strings; incoming values must parse as dates. */
import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '@cspmexa/server-kit';

function toDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new AppError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 string.');
  return date;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in time, as an ISO-8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : toDate(value).toISOString()),
  parseValue: toDate,
  parseLiteral: (ast) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

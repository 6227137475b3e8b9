/** `DateTime`: ISO-8601 UTC strings on the wire, Dates inside. */
import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '@cspmexa/server-kit';

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new AppError('BAD_USER_INPUT', 'DateTime must be an ISO-8601 string.');
  return date;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO-8601 date and time in UTC.',
  serialize: (value) => (value instanceof Date ? value : parse(value)).toISOString(),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** `DateTime`: ISO-8601 UTC strings on the wire, Date objects in the domain. */
import { GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string.');
  return date;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in time, as an ISO-8601 string in UTC.',
  serialize: (value) => {
    const date = value instanceof Date ? value : parse(value);
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be an ISO-8601 string.');
    return parse(ast.value);
  },
});

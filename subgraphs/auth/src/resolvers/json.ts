/** `JSON`: audit details, passed through as they are (output only). */
import { GraphQLScalarType } from 'graphql';
import { AppError } from '@cspmexa/server-kit';

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON.',
  serialize: (value) => value,
  parseValue: () => {
    throw new AppError('BAD_USER_INPUT', 'JSON is not accepted as input.');
  },
  parseLiteral: () => {
    throw new AppError('BAD_USER_INPUT', 'JSON is not accepted as input.');
  },
});

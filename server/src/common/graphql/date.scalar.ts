import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../domain/dates.js';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`bad date '${String(value)}': use YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** `scalar Date`: a calendar date, ISO 8601 (YYYY-MM-DD), as in docs/api-contract.graphql. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => {
    const text = typeof value === 'string' ? value : String(value);
    return text.slice(0, 10);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('a Date is a string YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

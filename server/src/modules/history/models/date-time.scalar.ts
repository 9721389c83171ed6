import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../../domain/dates.js';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant from `2025-03-01T12:00:00Z`, `2025-03-01T13:00:00+01:00` or `2025-03-01` (midnight UTC), as ISO UTC. */
export function parseDateTime(value: unknown): string {
  if (typeof value === 'string') {
    if (isIsoDate(value)) return `${value}T00:00:00.000Z`;
    if (DATE_TIME.test(value) && isIsoDate(value.slice(0, 10))) {
      const time = new Date(value);
      if (!Number.isNaN(time.getTime())) return time.toISOString();
    }
  }
  throw new GraphQLError(
    `bad date-time '${String(value)}': use ISO 8601 with a time zone (2025-03-01T12:00:00Z) or a date (2025-03-01, midnight UTC)`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

/** `scalar DateTime`: an instant, ISO 8601 in UTC; input may also be a date (its midnight UTC). */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description:
    'An instant, ISO 8601 with a time zone (2025-03-01T12:00:00.000Z); as input a date (2025-03-01) means its midnight UTC.',
  serialize: (value) => (typeof value === 'string' ? new Date(value).toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('a DateTime is a string such as 2025-03-01T12:00:00Z', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseDateTime(ast.value);
  },
});

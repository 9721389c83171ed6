import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, fromNeo4jError } from '../app-error.js';

const logger = new Logger('GraphQL');

/**
 * Every error leaves with a code and a message that says what was wrong, never a stack trace.
 * AppErrors keep their code and problems; GraphQL's own validation errors keep theirs, its
 * coercion errors (bad variable values) are BAD_USER_INPUT; anything else is logged and reported
 * as INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    const { http: _http, ...extensions } = original.extensions;
    return { ...base, message: original.message, extensions };
  }
  const mapped = fromNeo4jError(original);
  if (mapped) return { ...base, message: mapped.message, extensions: { code: mapped.code } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return {
      ...base,
      extensions: { ...extensions, code },
    };
  }
  // graphql-js's own errors about the request (a variable of the wrong type, an enum value that
  // does not exist, …) are the client's mistake, and their message names the variable and path
  if (isGraphqlOwnError(original)) {
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    ...base,
    message: 'internal error; the server log has the details',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * A GraphQLError made by graphql-js itself: only GraphQLErrors down its chain of causes (a bad
 * variable wraps the enum's or scalar's own GraphQLError), no error of ours. Checked by its tag,
 * not with instanceof: Apollo loads graphql's CommonJS build and this module its ES build.
 */
function isGraphqlOwnError(error: unknown): boolean {
  for (let e = error; e != null; e = (e as { originalError?: unknown }).originalError) {
    if (Object.prototype.toString.call(e) !== '[object GraphQLError]') return false;
  }
  return error != null;
}

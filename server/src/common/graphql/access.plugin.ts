import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Role } from '../../config/app-config.js';
import { AppError, httpStatusOf } from '../app-error.js';

/** Rejects with UNAUTHENTICATED or FORBIDDEN (an AppError) unless the request's token allows `needed`. */
export type AccessCheck<R> = (request: R, needed: Role, action: string) => Promise<unknown>;

/**
 * The role an operation needs, checked once the operation is known and BEFORE anything else
 * looks at its input: a mutation needs the editor role (reads the viewer role when
 * READS_REQUIRE_TOKEN=true), and a caller without it gets 401/403 and nothing else: not the
 * problems of the input's variables (graphql-js checks them before any resolver's guard runs),
 * not a lookup of its ids in the database. The resolvers' guard still checks each field.
 */
export function accessPlugin<R>(check: AccessCheck<R>, readsRequireToken: boolean): ApolloServerPlugin<{ req: R }> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const needed: Role | undefined =
            operation.operation === 'mutation' ? 'editor' : readsRequireToken ? 'viewer' : undefined;
          if (!needed) return;
          try {
            await check(contextValue.req, needed, operation.operation === 'mutation' ? 'a mutation' : 'a query');
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, http: { status: httpStatusOf(error.code) } },
            });
          }
        },
      });
    },
  };
}

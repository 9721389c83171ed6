import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, separateOperations } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Rejects an operation whose estimated cost exceeds `maxCost` before it runs, so one request
 * cannot exhaust the server. List fields count `first`/`limit` times their children.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema }) {
          const query = request.operationName ? separateOperations(document)[request.operationName] : document;
          const cost = getComplexity({
            schema,
            query: query ?? document,
            variables: request.variables ?? {},
            estimators: [
              fieldExtensionsEstimator(),
              ({ args, childComplexity }) => {
                const n = [args.first, args.limit].find((v): v is number => typeof v === 'number');
                return n === undefined ? undefined : 1 + n * Math.max(childComplexity, 1);
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > maxCost) {
            throw new GraphQLError(`query cost ${cost} exceeds the limit ${maxCost}: ask for fewer items or fields`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}

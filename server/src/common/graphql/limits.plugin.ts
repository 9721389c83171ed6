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
          const estimate = (variables: Record<string, unknown>) =>
            getComplexity({
              schema,
              query: query ?? document,
              variables,
              estimators: [
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => {
                  const n = [args.first, args.limit].find((v): v is number => typeof v === 'number');
                  return n === undefined ? undefined : 1 + n * Math.max(childComplexity, 1);
                },
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          // Costs depend on scalar arguments (first, limit), not on input objects: estimating
          // with those emptied spares a second coercion of a whole imported network.
          const all = request.variables ?? {};
          const light = Object.fromEntries(
            Object.entries(all).map(([k, v]) => [
              k,
              Array.isArray(v) ? [] : v !== null && typeof v === 'object' ? {} : v,
            ]),
          );
          let cost: number;
          try {
            cost = estimate(light);
          } catch {
            cost = estimate(all);
          }
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

import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, separateOperations } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** List fields count `first`/`limit` times their children. */
function byFirst(args: Record<string, unknown>, childComplexity: number): number | undefined {
  const n = [args.first, args.limit].find((v): v is number => typeof v === 'number');
  return n === undefined ? undefined : 1 + n * Math.max(childComplexity, 1);
}

/** Lists in variables up to this long count in the estimate (a cost may grow with their length). */
const SHORT_LIST = 100;

/** The field extension that marks a field as an analytics computation: `@Extensions(ANALYTICS_FIELD)`. */
export const ANALYTICS_FIELD = { analytics: true } as const;

/**
 * Rejects an operation whose estimated cost exceeds `maxCost` before it runs, so one request
 * cannot exhaust the server. List fields count `first`/`limit` times their children; a field
 * marked ANALYTICS_FIELD (a computation over the whole network) costs `analyticsCost` more, so
 * that a request aliasing many of them is refused before any work starts.
 */
export function costLimitPlugin(maxCost: number, analyticsCost = 0): ApolloServerPlugin {
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
                // an analytics field: its own cost (as below) plus analyticsCost
                (options) => {
                  if (options.field.extensions.analytics !== true) return undefined;
                  const own = options.field.extensions.complexity;
                  const base =
                    typeof own === 'function'
                      ? (own as (o: typeof options) => number)(options)
                      : (byFirst(options.args, options.childComplexity) ?? 1 + options.childComplexity);
                  return analyticsCost + base;
                },
                fieldExtensionsEstimator(),
                ({ args, childComplexity }) => byFirst(args, childComplexity),
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          // Costs depend on scalar arguments (first, limit, runs) and on the length of short lists
          // (seeds, candidates, measures), not on input objects: estimating with those and long
          // lists emptied spares a second coercion of a whole imported network.
          const all = request.variables ?? {};
          const light = Object.fromEntries(
            Object.entries(all).map(([k, v]) => [
              k,
              Array.isArray(v) ? (v.length <= SHORT_LIST ? v : []) : v !== null && typeof v === 'object' ? {} : v,
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

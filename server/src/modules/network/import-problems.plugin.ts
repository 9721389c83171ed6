import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { AppError } from '../../common/app-error.js';
import type { InputProblem, NetworkInput } from '../../domain/network.types.js';

/** Finds the variable that feeds `importNetwork(input:)` in the operation, if any. */
function importVariable(document: DocumentNode, operationName?: string | null): string | undefined {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'importNetwork') continue;
    const argument = selection.arguments?.find((a) => a.name.value === 'input');
    if (argument?.value.kind === Kind.VARIABLE) return argument.value.name.value;
  }
  return undefined;
}

/**
 * GraphQL rejects a bad enum value or date in `importNetwork`'s variables before the resolver
 * runs, naming only what its type check saw. This plugin answers such a request like any other
 * invalid import: ONE BAD_USER_INPUT error listing the problems of the input with their path
 * (enums, dates, duplicates, references …; the first PROBLEMS_MAX and their count), found by
 * `check` on the raw variables. Only for a caller who may write: accessPlugin has already answered
 * anyone else with 401/403 before the variables were looked at (and then there is nothing to do
 * here, as the errors are not the variables').
 */
export function importProblemsPlugin(check: (input: NetworkInput) => Promise<InputProblem[]>): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ response, document, request }) {
          const body = response.body;
          if (body.kind !== 'single' || !body.singleResult.errors || 'data' in body.singleResult) return;
          if (!document) return;
          const variable = importVariable(document, request.operationName);
          const input = variable ? (request.variables?.[variable] as NetworkInput | undefined) : undefined;
          if (!input || typeof input !== 'object') return;
          const coercionOnly = body.singleResult.errors.every((e) => /^Variable "\$/.test(e.message));
          if (!coercionOnly) return;
          const problems = await check(input);
          if (problems.length === 0) return;
          const error = AppError.badInput(problems, 'network input');
          const { http: _http, ...extensions } = error.extensions;
          body.singleResult.errors = [{ message: error.message, extensions }];
          response.http.status = 400;
        },
      });
    },
  };
}

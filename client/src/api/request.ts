import type { TypedDocumentString } from './generated/graphql';
import { authHeaders } from '../auth/token';

/** One problem of a BAD_USER_INPUT answer: the input path (e.g. `input.name`) and what is wrong there. */
export interface ApiProblem {
  path: string;
  message: string;
}

/**
 * A GraphQL error the API answered with, or a transport failure, as one readable message; `code`
 * (e.g. BAD_USER_INPUT, CONFLICT, UNAUTHENTICATED) and `problems` of the first error when the API gave them.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly problems: ApiProblem[] = [],
  ) {
    super(message);
  }
}

type ErrorBody = { message: string; extensions?: { code?: string; problems?: ApiProblem[] } };

function parseBody<TResult>(text: string): { data?: TResult | null; errors?: ErrorBody[] } {
  try {
    return JSON.parse(text) as { data?: TResult | null; errors?: ErrorBody[] };
  } catch {
    return {};
  }
}

/** POST a generated document to /graphql; resolves with typed data or rejects with ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  // marks for the bench's breakdown (scripts/bench-browser.mjs): request, answer, body, parse
  const op = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? 'anonymous';
  performance.mark(`gql:${op}:start`);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authHeaders() },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`The API did not answer (${error instanceof Error ? error.message : String(error)})`);
  }
  performance.mark(`gql:${op}:answer`);
  const text = await response.text().catch(() => '');
  performance.mark(`gql:${op}:body`);
  const body = parseBody<TResult>(text);
  performance.mark(`gql:${op}:parsed`);
  if (body.errors?.length) {
    const first = body.errors[0]?.extensions;
    throw new ApiError(
      body.errors.map((e) => e.message).join('; '),
      first?.code,
      body.errors.flatMap((e) => e.extensions?.problems ?? []),
    );
  }
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data`);
  return body.data;
}

import type { TypedDocumentString } from './generated/graphql';
import { authHeaders } from './token';

/** A GraphQL error the API answered with, or a transport failure, as one readable message. */
export class ApiError extends Error {}

/** POST a generated document to /graphql; resolves with typed data or rejects with ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
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
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data`);
  return body.data;
}

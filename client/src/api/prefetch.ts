// Answers asked for as the page starts, before the code of the view that needs them has loaded
// and React has rendered it: the explorer's slice is on its way while its code downloads and
// parses, not after. useQuery takes such an answer once, instead of asking again.
import { getDataVersion } from './data-version';
import type { TypedDocumentString } from './generated/graphql';
import { request } from './request';

/** An early answer older than this is not used (the network may have changed since). */
const FRESH_MS = 15_000;

interface Early {
  answer: Promise<unknown>;
  at: number;
  version: number;
}

const early = new Map<string, Early>();
const keyOf = (document: { toString(): string }, variablesJson: string) => `${document.toString()}\n${variablesJson}`;

/** Starts a query now; the first useQuery with the same document and variables gets its answer. */
export function prefetch<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) {
  const answer = request(document, variables);
  answer.catch(() => undefined); // a failure shows where the answer is taken
  early.set(keyOf(document, JSON.stringify(variables)), { answer, at: performance.now(), version: getDataVersion() });
}

/**
 * The early answer for this document and variables (as JSON), once; undefined when none was asked
 * for, it is too old, or the dashboard wrote since.
 */
export function takePrefetched<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variablesJson: string,
): Promise<TResult> | undefined {
  const key = keyOf(document, variablesJson);
  const found = early.get(key);
  if (!found) return undefined;
  early.delete(key);
  if (performance.now() - found.at > FRESH_MS || found.version !== getDataVersion()) return undefined;
  return found.answer as Promise<TResult>;
}

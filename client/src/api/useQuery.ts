import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { TypedDocumentString } from './generated/graphql';
import { useDataVersion } from './data-version';
import { takePrefetched } from './prefetch';
import { request } from './request';

export type QueryState<T> =
  { status: 'loading'; data?: T } | { status: 'error'; message: string; data?: T } | { status: 'ready'; data: T };

/**
 * Starts `load` and writes its progress into a QueryState: 'loading' (keeping the previous data, so
 * the canvas does not flash empty), then 'ready' or 'error' (an aborted load sets nothing). Returns
 * the abort: the cleanup of the effect that started it.
 */
export function loadInto<T>(
  setState: Dispatch<SetStateAction<QueryState<T>>>,
  load: (signal: AbortSignal) => Promise<T>,
): () => void {
  const controller = new AbortController();
  setState((s) => ({ status: 'loading', ...(s.data ? { data: s.data } : {}) }));
  load(controller.signal).then(
    (data) => setState({ status: 'ready', data }),
    (error: unknown) => {
      if (!controller.signal.aborted)
        setState((s) => ({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
          ...(s.data ? { data: s.data } : {}),
        }));
    },
  );
  return () => controller.abort();
}

/**
 * Runs a query when its variables change (compared as JSON) and again after every write from the
 * dashboard (data version), or takes the answer the page asked for as it started; keeps the
 * previous data while the next answer loads, so the canvas does not flash empty. `skip` leaves it
 * idle.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  skip = false,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const version = useDataVersion();
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  useEffect(() => {
    if (skip) return;
    // an answer asked for as the page started (api/prefetch.ts) is taken instead of asking again
    const early = takePrefetched(document, key);
    return loadInto(setState, (signal) => early ?? request(document, JSON.parse(key) as TVariables, signal));
  }, [document, key, skip, version]);
  return state;
}

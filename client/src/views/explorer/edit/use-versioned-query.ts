// useQuery that also runs again after every write (data version), keeping the previous answer while
// the next one loads, so the details drawer shows a change without flashing empty.
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../../../api/generated/graphql';
import { request } from '../../../api/request';
import type { QueryState } from '../../../api/useQuery';
import { useDataVersion } from './data-version';

export function useVersionedQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> {
  const key = JSON.stringify(variables);
  const version = useDataVersion();
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', ...(s.data ? { data: s.data } : {}) }));
    request(document, JSON.parse(key) as TVariables, controller.signal).then(
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
  }, [document, key, version]);
  return state;
}

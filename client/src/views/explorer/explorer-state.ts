import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NeighbourhoodDocument } from '../../api/generated/graphql';
import { request } from '../../api/request';
import { loadInto, type QueryState } from '../../api/useQuery';
import type { Slice } from '../../graph/elements';
import { focusVariables, mergeSlices } from '../../graph/merge';
import { parseExplorerState, writeExplorerState, type ExplorerPatch } from '../../routes/explorer-url';

export * from '../../routes/explorer-url';

/** The explorer state from the URL, and the actions that change it (each one a URL update). */
export function useExplorerState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseExplorerState(params), [params]);
  const update = useCallback(
    (patch: ExplorerPatch) => setParams((current) => writeExplorerState(current, patch), { replace: false }),
    [setParams],
  );
  const actions = useMemo(
    () => ({
      update,
      select: (id: string | null) => update({ selected: id }),
      focus: (id: string | null) => update({ focus: id ? [id] : [], ...(id ? { selected: id } : {}) }),
      clear: () => update({ selected: null, focus: [] }),
      clearFilters: () =>
        update({ regions: [], themes: [], modes: [], statuses: [], from: null, to: null, focus: [], asOf: null }),
    }),
    [update],
  );
  return { state, actions };
}
export type ExplorerActions = ReturnType<typeof useExplorerState>['actions'];

/**
 * The merged 1-step neighbourhoods of the focused nodes: one `neighbourhood` query per id (in
 * parallel), merged and deduplicated. Idle (status 'ready', no data) when nothing is focused. An
 * error names the node whose neighbourhood failed.
 */
export function useNeighbourhoods(ids: readonly string[]): QueryState<Slice> {
  const key = ids.join(',');
  const [state, setState] = useState<QueryState<Slice>>({ status: 'loading' });
  useEffect(() => {
    if (!key) return;
    return loadInto(setState, (signal) =>
      Promise.all(
        key.split(',').map((id) =>
          request(NeighbourhoodDocument, focusVariables(id), signal).then(
            (data) => data.neighbourhood,
            (error: unknown) => {
              throw new Error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
            },
          ),
        ),
      ).then(mergeSlices),
    );
  }, [key]);
  return state;
}

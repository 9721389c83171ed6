import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseExplorerState, writeExplorerState, type ExplorerPatch } from './explorer-url';

export * from './explorer-url';

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
      focus: (id: string | null) => update({ focus: id, ...(id ? { selected: id } : {}) }),
      clear: () => update({ selected: null, focus: null }),
      clearFilters: () =>
        update({ regions: [], themes: [], modes: [], statuses: [], from: null, to: null, focus: null }),
    }),
    [update],
  );
  return { state, actions };
}
export type ExplorerActions = ReturnType<typeof useExplorerState>['actions'];

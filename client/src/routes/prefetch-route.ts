// What a page's first drawing waits for, asked for as the app starts (main.tsx), while the page's
// code downloads and parses: the explorer's slice with its server positions, and the explorer's
// code itself.
import { ExplorerSliceDocument } from '../api/generated/graphql';
import { prefetch } from '../api/prefetch';
import { parseExplorerState, serverSliceVariables } from './explorer-url';
import { explorerPage } from './pages';

/** Starts what this address's page needs; the page's code loading, or null when there is none to wait for. */
export function prefetchRoute(location: Pick<Location, 'pathname' | 'search'>): Promise<unknown> | null {
  if (location.pathname !== '/explorer') return null;
  const code = explorerPage.load();
  const variables = serverSliceVariables(parseExplorerState(new URLSearchParams(location.search)));
  if (variables) prefetch(ExplorerSliceDocument, variables);
  return code;
}
